package id.go.tangerangkota.puspaga.office;

import id.go.tangerangkota.puspaga.system.AsApplication;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Tenant;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Onboarding an office: its settings in the register and its engine tenant, in one transaction;
 * a second call with the same id updates both. The lane filters are shared by every office (the
 * tenant check shows each person only the tasks of her offices), so an office needs none of its own.
 */
@Service
public class Offices {

  /** A refusal to name in the answer: the faults, or another office already at that path. */
  public static class OfficeRefused extends RuntimeException {
    private final List<String> faults;
    private final boolean conflict;

    OfficeRefused(List<String> faults, boolean conflict) {
      super(String.join("; ", faults));
      this.faults = faults;
      this.conflict = conflict;
    }

    public List<String> faults() {
      return faults;
    }

    public boolean conflict() {
      return conflict;
    }
  }

  private final OfficeRegistry registry;
  private final ObjectProvider<IdentityService> identity;
  private final ApplicationEventPublisher events;

  /** The identity service comes late: engine plugins onboard while the engine (and so that bean) is being built. */
  public Offices(OfficeRegistry registry, ObjectProvider<IdentityService> identity, ApplicationEventPublisher events) {
    this.registry = registry;
    this.identity = identity;
    this.events = events;
  }

  /** Creates or updates the office; answers whether it was new. */
  @Transactional
  public boolean onboard(OfficeDefinition definition) {
    return onboard(definition, identity.getObject());
  }

  /** As {@link #onboard(OfficeDefinition)}, with the engine's identity service, for an engine plugin. */
  @Transactional
  public boolean onboard(OfficeDefinition definition, IdentityService identity) {
    List<String> faults = definition.faults();
    if (!faults.isEmpty()) {
      throw new OfficeRefused(faults, false);
    }
    Office office = definition.office();
    registry.findByPublicPath(office.publicPath()).filter(other -> !other.id().equals(office.id())).ifPresent(other -> {
      throw new OfficeRefused(List.of("publicPath: /permohonan/" + office.publicPath() + " sudah dipakai " + other.name()
          + " (" + other.id() + "); pilih jalur lain"), true);
    });
    var before = registry.find(office.id());
    registry.save(office);
    ensureTenant(office, identity);
    if (before.isPresent() && !before.get().holidays().equals(office.holidays())) {
      // In this transaction: the office's open deadlines move with its holidays, or neither changes.
      events.publishEvent(new OfficeHolidaysChanged(office.id()));
    }
    return before.isEmpty();
  }

  /** The engine tenant of the office, named after it; as the application, the caller's right having been checked. */
  void ensureTenant(Office office, IdentityService identity) {
    AsApplication.run(identity, () -> {
      Tenant tenant = identity.createTenantQuery().tenantId(office.id()).singleResult();
      if (tenant == null || !office.name().equals(tenant.getName())) {
        Tenant saved = tenant == null ? identity.newTenant(office.id()) : tenant;
        saved.setName(office.name());
        identity.saveTenant(saved);
      }
      return null;
    });
  }
}
