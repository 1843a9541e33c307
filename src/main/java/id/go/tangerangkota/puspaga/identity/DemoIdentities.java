package id.go.tangerangkota.puspaga.identity;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.TaskQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The demo office: one group per SOP lane, a user or two in each (password = user id), Tasklist
 * access and a saved Tasklist filter per lane sorted by due date. Idempotent, demo profile only.
 */
@Component
@Profile("demo")
class DemoIdentities {

  private static final Logger LOG = LoggerFactory.getLogger(DemoIdentities.class);

  record DemoGroup(String id, String name, String filterName, String filterDescription) {}

  record DemoUser(String id, String firstName, String lastName, String group) {}

  static final List<DemoGroup> GROUPS = List.of(
      new DemoGroup("administrasi", "Admin PUSPAGA", "Tugas Admin", "Tugas lajur Admin, urut tenggat"),
      new DemoGroup("konselor", "Psikolog/Konselor", "Tugas Psikolog/Konselor", "Tugas lajur Psikolog/Konselor, urut tenggat"),
      new DemoGroup("ketua", "Ketua PUSPAGA", "Tugas Ketua PUSPAGA", "Tugas lajur Ketua PUSPAGA, urut tenggat"));

  static final List<DemoUser> USERS = List.of(
      new DemoUser("rina", "Rina", "Admin", "administrasi"),
      new DemoUser("budi", "Budi", "Koordinator", "konselor"),
      new DemoUser("dewi", "Dewi", "Konselor", "konselor"),
      new DemoUser("sari", "Sari", "Ketua", "ketua"),
      new DemoUser("andi", "Andi", "Analis", "analis"),
      new DemoUser("sysadmin", "Sistem", "Admin", Groups.CAMUNDA_ADMIN));

  private final IdentityService identity;
  private final AuthorizationService authorizations;
  private final FilterService filters;
  private final TaskService tasks;

  DemoIdentities(ProcessEngine engine) {
    this.identity = engine.getIdentityService();
    this.authorizations = engine.getAuthorizationService();
    this.filters = engine.getFilterService();
    this.tasks = engine.getTaskService();
  }

  @EventListener(ApplicationReadyEvent.class)
  void create() {
    createGroup(Groups.CAMUNDA_ADMIN, "Administrator Camunda", Groups.GROUP_TYPE_SYSTEM);
    for (DemoGroup group : GROUPS) {
      createGroup(group.id(), group.name(), Groups.GROUP_TYPE_WORKFLOW);
      grant(group.id(), Resources.APPLICATION, "tasklist", Permissions.ACCESS);
      Filter filter = laneFilter(group);
      grant(group.id(), Resources.FILTER, filter.getId(), Permissions.READ);
    }
    // Analysts deploy from Camunda Modeler: they may create deployments and read definitions.
    createGroup("analis", "Analis proses", Groups.GROUP_TYPE_WORKFLOW);
    grant("analis", Resources.DEPLOYMENT, ANY, Permissions.CREATE);
    grant("analis", Resources.PROCESS_DEFINITION, ANY, Permissions.READ);
    for (DemoUser user : USERS) {
      createUser(user);
    }
    Filter mine = filter("Tugas saya", "Tugas yang sedang saya kerjakan, urut tenggat", -10,
        tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}").orderByDueDate().asc());
    GROUPS.forEach(group -> grant(group.id(), Resources.FILTER, mine.getId(), Permissions.READ));
    LOG.info("Demo users ready: {} (password = user id)", USERS.stream().map(DemoUser::id).toList());
  }

  private Filter laneFilter(DemoGroup group) {
    TaskQuery query = tasks.createTaskQuery().taskCandidateGroup(group.id()).includeAssignedTasks()
        .orderByDueDate().asc();
    return filter(group.filterName(), group.filterDescription(), 0, query);
  }

  private Filter filter(String name, String description, int priority, TaskQuery query) {
    Filter existing = filters.createFilterQuery().filterName(name).singleResult();
    if (existing != null) {
      return existing;
    }
    Filter filter = filters.newTaskFilter(name)
        .setQuery(query)
        .setProperties(Map.of("description", description, "priority", priority, "refresh", true,
            "color", "#2a7a3b"));
    return filters.saveFilter(filter);
  }

  private void createGroup(String id, String name, String type) {
    if (identity.createGroupQuery().groupId(id).count() > 0) {
      return;
    }
    Group group = identity.newGroup(id);
    group.setName(name);
    group.setType(type);
    identity.saveGroup(group);
  }

  private void createUser(DemoUser demo) {
    if (identity.createUserQuery().userId(demo.id()).count() == 0) {
      User user = identity.newUser(demo.id());
      user.setFirstName(demo.firstName());
      user.setLastName(demo.lastName());
      user.setEmail(demo.id() + "@puspaga.tangerangkota.go.id");
      user.setPassword(demo.id());
      identity.saveUser(user);
    }
    if (identity.createUserQuery().userId(demo.id()).memberOfGroup(demo.group()).count() == 0) {
      identity.createMembership(demo.id(), demo.group());
    }
  }

  private void grant(String groupId, Resource resource, String resourceId, Permissions permission) {
    boolean exists = authorizations.createAuthorizationQuery().groupIdIn(groupId).resourceType(resource)
        .resourceId(resourceId).count() > 0;
    if (exists) {
      return;
    }
    Authorization authorization = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
    authorization.setGroupId(groupId);
    authorization.setResource(resource);
    authorization.setResourceId(resourceId == null ? ANY : resourceId);
    authorization.addPermission(permission);
    authorizations.saveAuthorization(authorization);
  }
}
