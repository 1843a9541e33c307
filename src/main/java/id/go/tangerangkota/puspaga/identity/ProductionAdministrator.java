package id.go.tangerangkota.puspaga.identity;

import id.go.tangerangkota.puspaga.security.ProductionSecrets;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * In production the first administrator comes from the environment, and is made a direct member
 * of camunda-admin at every start, right after the engine is built and before any web request,
 * so the group is never without one (see SetupEndpointBlock).
 */
@Component
@Profile("prod")
@Order(10)
class ProductionAdministrator extends AbstractProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(ProductionAdministrator.class);

  private final Environment environment;

  ProductionAdministrator(Environment environment) {
    this.environment = environment;
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    IdentityService identity = engine.getIdentityService();
    String id = environment.getRequiredProperty(ProductionSecrets.SYSADMIN_ID);
    if (identity.createGroupQuery().groupId(Groups.CAMUNDA_ADMIN).count() == 0) {
      Group group = identity.newGroup(Groups.CAMUNDA_ADMIN);
      group.setName("Administrator Camunda");
      group.setType(Groups.GROUP_TYPE_SYSTEM);
      identity.saveGroup(group);
    }
    if (identity.createUserQuery().userId(id).count() == 0) {
      User user = identity.newUser(id);
      user.setFirstName("Administrator");
      user.setLastName("Sistem");
      user.setPassword(environment.getRequiredProperty(ProductionSecrets.SYSADMIN_PASSWORD));
      identity.saveUser(user);
      LOG.info("Administrator {} created from {}", id, ProductionSecrets.SYSADMIN_ID);
    }
    if (identity.createUserQuery().userId(id).memberOfGroup(Groups.CAMUNDA_ADMIN).count() == 0) {
      identity.createMembership(id, Groups.CAMUNDA_ADMIN);
    }
  }
}
