package id.go.tangerangkota.puspaga.office;

import id.go.tangerangkota.puspaga.system.EnginePlugins;
import java.util.List;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.springframework.stereotype.Component;

/**
 * Who may deploy which model from Modeler. An office's own version (a deployment with its tenant
 * id) only by a person of that office; the shared model, which every office without a version of
 * its own runs, only by the platform ({@code platform}, {@code camunda-admin}), or by the analyst
 * of the only office. So no office changes another office's work. The application's own deployment
 * at start (no user) is the platform's. Refused with a ParseException, which the REST API answers
 * with 400 and Modeler shows.
 */
@Component
class OfficeDeploymentRule extends AbstractProcessEnginePlugin {

  private final OfficeRegistry offices;

  OfficeDeploymentRule(OfficeRegistry offices) {
    this.offices = offices;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    EnginePlugins.addPreDeployer(configuration, this::check);
  }

  private void check(DeploymentEntity deployment) {
    Authentication user = Context.getProcessEngineConfiguration().getIdentityService().getCurrentAuthentication();
    List<String> groups = user == null || user.getGroupIds() == null ? List.of() : user.getGroupIds();
    if (!deployment.isNew() || user == null || groups.contains(Groups.CAMUNDA_ADMIN)) {
      return;
    }
    String tenant = deployment.getTenantId();
    String refused = null;
    if (tenant != null && offices.find(tenant).isEmpty()) {
      refused = "Kantor dengan Tenant ID \"" + tenant + "\" tidak terdaftar. Isi Tenant ID dengan kode wilayah kantor Anda"
          + " (mis. 3674), atau kosongkan untuk model bersama.";
    } else if (tenant != null && (user.getTenantIds() == null || !user.getTenantIds().contains(tenant))) {
      refused = "Anda bukan petugas kantor " + tenant + ": hanya petugas kantor itu yang dapat men-deploy versi model"
          + " kantornya.";
    } else if (tenant == null && !groups.contains(OfficeController.PLATFORM) && offices.all().size() > 1) {
      refused = "Model bersama berlaku untuk semua kantor dan hanya dapat di-deploy oleh analis platform (grup platform)."
          + " Untuk versi kantor Anda sendiri, isi Tenant ID dengan kode kantor Anda (mis. "
          + (user.getTenantIds() == null || user.getTenantIds().isEmpty() ? "3674" : user.getTenantIds().get(0))
          + ") di Camunda Modeler.";
    }
    if (refused != null) {
      String resource = deployment.getResources() == null || deployment.getResources().isEmpty() ? ""
          : deployment.getResources().keySet().iterator().next();
      throw new ParseException("Model ditolak, tidak ada yang di-deploy. " + refused, resource, List.of(), List.of());
    }
  }
}
