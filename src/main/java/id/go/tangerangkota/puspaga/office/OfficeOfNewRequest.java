package id.go.tangerangkota.puspaga.office;

import id.go.tangerangkota.puspaga.shared.SubmissionRejectedException;
import java.util.List;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Which office a new instance of a shared definition belongs to (its tenant id), decided once at
 * its start: the office named in the start variable {@code officeId} (the public page of that
 * office, a request about another request of that office), else the office of the person
 * starting it, else, with nobody of an office signed in, the default office. A person of several
 * offices names the office; nobody starts work for an office she does not belong to.
 * A definition an office deployed for itself already has its tenant: the engine does not ask.
 */
@Component
public class OfficeOfNewRequest implements TenantIdProvider {

  /** The start variable that names the office. */
  public static final String OFFICE_ID = "officeId";

  private final OfficeRegistry registry;

  public OfficeOfNewRequest(OfficeRegistry registry) {
    this.registry = registry;
  }

  @Override
  public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext context) {
    if (context.getSuperExecution() != null) {
      return context.getSuperExecution().getTenantId();
    }
    Object named = context.getVariables() == null ? null : context.getVariables().get(OFFICE_ID);
    Authentication caller = Context.getCommandContext() == null ? null : Context.getCommandContext().getAuthentication();
    List<String> offices = caller == null || caller.getTenantIds() == null ? List.of() : caller.getTenantIds();
    boolean administrator = caller != null && caller.getGroupIds() != null && caller.getGroupIds().contains(Groups.CAMUNDA_ADMIN);
    if (named instanceof String office && !office.isBlank()) {
      if (registry.find(office).isEmpty()) {
        throw new SubmissionRejectedException("Kantor " + office + " tidak terdaftar di platform ini. Periksa kode wilayahnya.");
      }
      if (caller != null && !administrator && !offices.contains(office)) {
        throw new SubmissionRejectedException("Anda bukan staf kantor " + office + ", jadi tidak dapat memulai permohonan untuknya.");
      }
      return office;
    }
    if (offices.size() == 1) {
      return offices.get(0);
    }
    if (offices.size() > 1) {
      throw new SubmissionRejectedException("Anda terdaftar di lebih dari satu kantor PUSPAGA (" + String.join(", ", offices)
          + "). Sebutkan kantornya pada isian \"Kantor\" (officeId), mis. " + offices.get(0) + ".");
    }
    return registry.defaultOfficeId();
  }

  @Override
  public String provideTenantIdForCaseInstance(TenantIdProviderCaseInstanceContext context) {
    return registry.defaultOfficeId();
  }

  @Override
  public String provideTenantIdForHistoricDecisionInstance(TenantIdProviderHistoricDecisionInstanceContext context) {
    if (context.getExecution() != null) {
      return context.getExecution().getTenantId();
    }
    return context.getCaseExecution() == null ? null : context.getCaseExecution().getTenantId();
  }
}
