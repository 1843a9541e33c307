package id.go.tangerangkota.puspaga.office;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Every profile: new instances get their office ({@link OfficeOfNewRequest}), and the default
 * office exists, in the register and as a tenant. At the first start its letterhead is the one a
 * single-office installation configured ({@code puspaga.documents.office}); from then on the
 * register holds it and {@code POST /api/offices} changes it.
 */
@Component
@Order(1)
class OfficeSetup extends AbstractProcessEnginePlugin {

  private final OfficeOfNewRequest officeOfNewRequest;
  private final OfficeRegistry registry;
  private final Offices offices;
  private final OfficeProperties properties;
  private final Environment environment;

  OfficeSetup(OfficeOfNewRequest officeOfNewRequest, OfficeRegistry registry, Offices offices, OfficeProperties properties,
      Environment environment) {
    this.officeOfNewRequest = officeOfNewRequest;
    this.registry = registry;
    this.offices = offices;
    this.properties = properties;
    this.environment = environment;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setTenantIdProvider(officeOfNewRequest);
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    Office office = registry.find(properties.defaultOffice()).orElseGet(() -> {
      Letterhead letterhead = Binder.get(environment).bindOrCreate("puspaga.documents.office", Letterhead.class);
      String sender = environment.getProperty("puspaga.notifications.from", properties.defaultName() + " <noreply@puspaga.example>");
      Office first = new Office(properties.defaultOffice(), properties.defaultName(), letterhead, sender,
          pathOf(letterhead.city()), Office.DEFAULT_NUMBER_PATTERN, List.of());
      registry.save(first);
      return first;
    });
    offices.ensureTenant(office, engine.getIdentityService());
  }

  /** "Kota Tangerang" becomes kota-tangerang. */
  static String pathOf(String city) {
    String path = city.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    return path.isEmpty() ? "kantor" : path;
  }
}
