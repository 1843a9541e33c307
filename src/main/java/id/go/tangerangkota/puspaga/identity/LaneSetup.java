package id.go.tangerangkota.puspaga.identity;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;
import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Permissions.READ_HISTORY;
import static org.camunda.bpm.engine.authorization.Permissions.READ_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.APPLICATION;
import static org.camunda.bpm.engine.authorization.Resources.DEPLOYMENT;
import static org.camunda.bpm.engine.authorization.Resources.FILTER;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;

import id.go.tangerangkota.puspaga.incident.Incidents;
import id.go.tangerangkota.puspaga.layanan.LayananInformasi;
import id.go.tangerangkota.puspaga.layanan.TaskCards;
import id.go.tangerangkota.puspaga.nasional.NationalScope;
import id.go.tangerangkota.puspaga.permohonan.PublicRequestService;
import id.go.tangerangkota.puspaga.rights.RightsVariables;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Who may do what, in every profile: one group per SOP lane plus the analysts, what each may open
 * and start, and a saved Tasklist filter per lane. Tasks themselves need no grant here: the engine
 * gives a task's candidate group and assignee READ and UPDATE on that task, so each lane sees and
 * works only its own tasks. Idempotent; runs right after the engine is built. (Public for the
 * benchmarks, which give their engines the same grants and filters.)
 */
@Component
@Order(0)
public class LaneSetup extends AbstractProcessEnginePlugin {

  static final String ADMINISTRASI = "administrasi";
  static final String KONSELOR = "konselor";
  static final String KETUA = "ketua";
  static final String ANALIS = "analis";
  /** Operators who scrape /actuator/prometheus; no webapp access. */
  static final String MONITORING = "monitoring";
  /** The Pejabat Pelindungan Data Pribadi (UU 27/2022 Pasal 53): reads the access log; signs in through Tasklist. */
  public static final String PPDP = "ppdp";
  /** Onboards offices through the API; no webapp, no request. */
  static final String PLATFORM = "platform";

  record Lane(String group, String name, String filterName) {}

  static final List<Lane> LANES = List.of(
      new Lane(ADMINISTRASI, "Admin PUSPAGA", "Tugas Admin"),
      new Lane(KONSELOR, "Psikolog/Konselor", "Tugas Psikolog/Konselor"),
      new Lane(KETUA, "Ketua PUSPAGA", "Tugas Ketua PUSPAGA"));

  private static final String PROCESS = LayananInformasi.PROCESS_KEY;
  /** The requester's rights over their data: decided by the data protection officer, the Ketua in copy. */
  private static final String RIGHTS = RightsVariables.PROCESS_KEY;
  /** A personal-data incident: reported by any member of staff, assessed by the data protection officer. */
  private static final String INCIDENT = Incidents.PROCESS_KEY;

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    IdentityService identity = engine.getIdentityService();
    AuthorizationService authorizations = engine.getAuthorizationService();
    createGroup(identity, Groups.CAMUNDA_ADMIN, "Administrator Camunda", Groups.GROUP_TYPE_SYSTEM);
    createGroup(identity, ANALIS, "Analis proses", Groups.GROUP_TYPE_WORKFLOW);
    createGroup(identity, MONITORING, "Pemantauan sistem", Groups.GROUP_TYPE_SYSTEM);
    createGroup(identity, PPDP, "Pejabat Pelindungan Data Pribadi", Groups.GROUP_TYPE_WORKFLOW);
    // The platform's administrators onboard offices (POST /api/offices), and see no office's requests.
    createGroup(identity, PLATFORM, "Administrator platform", Groups.GROUP_TYPE_SYSTEM);
    grant(authorizations, PPDP, APPLICATION, "tasklist", ACCESS);
    // The province and the ministry: the national view in Cockpit, from the anonymous statistics only;
    // no tenant, so no request of any office (docs/offices.md). A provincial monitor is also in provinsi-NN.
    for (String monitor : List.of(NationalScope.PEMANTAU_NASIONAL, NationalScope.PEMANTAU_PROVINSI)) {
      createGroup(identity, monitor, NationalScope.PEMANTAU_NASIONAL.equals(monitor) ? "Pemantau nasional (KemenPPPA)"
          : "Pemantau provinsi (DP3A Provinsi)", Groups.GROUP_TYPE_WORKFLOW);
      grant(authorizations, monitor, APPLICATION, "cockpit", ACCESS);
    }
    // What the Admin webapp's first-run setup would grant, since that endpoint is closed.
    for (Resources resource : Resources.values()) {
      grant(authorizations, Groups.CAMUNDA_ADMIN, resource, ANY, Permissions.ALL);
    }
    Filter mine = filter(engine, "Tugas saya", "Tugas yang sedang saya kerjakan, urut tenggat", -10,
        engine.getTaskService().createTaskQuery().taskAssigneeExpression("${currentUser()}").orderByDueDate().asc());
    for (Lane lane : LANES) {
      createGroup(identity, lane.group(), lane.name(), Groups.GROUP_TYPE_WORKFLOW);
      grant(authorizations, lane.group(), APPLICATION, "tasklist", ACCESS);
      grant(authorizations, lane.group(), PROCESS_DEFINITION, PROCESS, READ);
      TaskService tasks = engine.getTaskService();
      Filter laneFilter = filter(engine, lane.filterName(), "Tugas lajur " + lane.name() + ", urut tenggat", 0,
          tasks.createTaskQuery().taskCandidateGroup(lane.group()).includeAssignedTasks().orderByDueDate().asc());
      grant(authorizations, lane.group(), FILTER, laneFilter.getId(), READ);
      grant(authorizations, lane.group(), FILTER, mine.getId(), READ);
    }
    // Admin registers requests from the public, so Admin starts instances.
    grant(authorizations, ADMINISTRASI, PROCESS_DEFINITION, PROCESS, READ, CREATE_INSTANCE);
    grant(authorizations, ADMINISTRASI, PROCESS_INSTANCE, ANY, CREATE);
    // Requests from the public (/permohonan) are started by a technical identity, never a member of staff.
    grantUser(authorizations, PublicRequestService.TECHNICAL_USER, PROCESS_DEFINITION, PROCESS, READ, CREATE_INSTANCE);
    grantUser(authorizations, PublicRequestService.TECHNICAL_USER, PROCESS_INSTANCE, ANY, CREATE);
    // The Ketua monitors every request in Cockpit, history included (and alone may read referrals).
    grant(authorizations, KETUA, APPLICATION, "cockpit", ACCESS);
    grant(authorizations, KETUA, PROCESS_DEFINITION, PROCESS, READ, READ_INSTANCE, READ_HISTORY);
    grant(authorizations, KETUA, PROCESS_INSTANCE, ANY, READ);
    // Rights over personal data: the officer decides, the Ketua reads every such task (in copy), Admin records
    // requests at the counter, the public status page starts them online. Nobody else sees them.
    grant(authorizations, PPDP, PROCESS_DEFINITION, RIGHTS, READ, READ_INSTANCE, READ_HISTORY);
    grant(authorizations, KETUA, PROCESS_DEFINITION, RIGHTS, READ, READ_INSTANCE, READ_HISTORY,
        ProcessDefinitionPermissions.READ_TASK);
    grant(authorizations, ADMINISTRASI, PROCESS_DEFINITION, RIGHTS, READ, CREATE_INSTANCE);
    grantUser(authorizations, PublicRequestService.TECHNICAL_USER, PROCESS_DEFINITION, RIGHTS, READ, CREATE_INSTANCE);
    Filter rights = filter(engine, "Hak atas data pribadi", "Permintaan hak dan insiden data pribadi, urut tenggat", 5,
        engine.getTaskService().createTaskQuery().taskCandidateGroup(PPDP).includeAssignedTasks().orderByDueDate().asc());
    grant(authorizations, PPDP, FILTER, rights.getId(), READ);
    grant(authorizations, PPDP, FILTER, mine.getId(), READ);
    grant(authorizations, KETUA, FILTER, rights.getId(), READ);
    // Any member of staff reports an incident; the officer assesses it, the Ketua reads it.
    for (Lane lane : LANES) {
      grant(authorizations, lane.group(), PROCESS_DEFINITION, INCIDENT, READ, CREATE_INSTANCE);
    }
    grant(authorizations, PPDP, PROCESS_DEFINITION, INCIDENT, READ, CREATE_INSTANCE, READ_INSTANCE, READ_HISTORY);
    grant(authorizations, KETUA, PROCESS_DEFINITION, INCIDENT, READ_INSTANCE, READ_HISTORY,
        ProcessDefinitionPermissions.READ_TASK);
    grant(authorizations, PPDP, PROCESS_INSTANCE, ANY, CREATE);
    grant(authorizations, KONSELOR, PROCESS_INSTANCE, ANY, CREATE);
    grant(authorizations, KETUA, PROCESS_INSTANCE, ANY, CREATE);
    // Analysts deploy from Camunda Modeler, and nothing else.
    grant(authorizations, ANALIS, DEPLOYMENT, ANY, CREATE);
    grant(authorizations, ANALIS, PROCESS_DEFINITION, ANY, READ);
  }

  private static Filter filter(ProcessEngine engine, String name, String description, int priority, TaskQuery query) {
    FilterService filters = engine.getFilterService();
    Map<String, Object> properties = Map.of("description", description, "priority", priority, "refresh", true,
        "variables", TaskCards.FILTER_VARIABLES);
    Filter existing = filters.createFilterQuery().filterName(name).singleResult();
    if (existing == null) {
      return filters.saveFilter(filters.newTaskFilter(name).setQuery(query).setProperties(properties));
    }
    // A filter saved by an earlier version of the application gets the cards' variables too.
    if (!properties.equals(existing.getProperties())) {
      existing.setProperties(properties);
      return filters.saveFilter(existing);
    }
    return existing;
  }

  static void createGroup(IdentityService identity, String id, String name, String type) {
    if (identity.createGroupQuery().groupId(id).count() == 0) {
      Group group = identity.newGroup(id);
      group.setName(name);
      group.setType(type);
      identity.saveGroup(group);
    }
  }

  private static void grant(AuthorizationService authorizations, String groupId, Resource resource, String resourceId,
      Permission... permissions) {
    grant(authorizations, false, groupId, resource, resourceId, permissions);
  }

  private static void grantUser(AuthorizationService authorizations, String userId, Resource resource, String resourceId,
      Permission... permissions) {
    grant(authorizations, true, userId, resource, resourceId, permissions);
  }

  private static void grant(AuthorizationService authorizations, boolean toUser, String id, Resource resource,
      String resourceId, Permission... permissions) {
    var query = authorizations.createAuthorizationQuery().resourceType(resource).resourceId(resourceId);
    Authorization authorization = (toUser ? query.userIdIn(id) : query.groupIdIn(id)).list().stream()
        .filter(a -> a.getAuthorizationType() == AUTH_TYPE_GRANT).findFirst().orElse(null);
    if (authorization == null) {
      authorization = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
      if (toUser) {
        authorization.setUserId(id);
      } else {
        authorization.setGroupId(id);
      }
      authorization.setResource(resource);
      authorization.setResourceId(resourceId);
    } else if (Arrays.stream(permissions).allMatch(authorization::isPermissionGranted)) {
      return;
    }
    for (Permission permission : permissions) {
      authorization.addPermission(permission);
    }
    authorizations.saveAuthorization(authorization);
  }
}
