package id.go.tangerangkota.puspaga.identity;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo office: a user or two in each lane group (see LaneSetup), password = user id.
 * Idempotent, demo profile only.
 */
@Component
@Profile("demo")
@Order(10)
class DemoIdentities extends AbstractProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(DemoIdentities.class);

  record DemoUser(String id, String firstName, String lastName, String group) {}

  static final List<DemoUser> USERS = List.of(
      new DemoUser("rina", "Rina", "Admin", LaneSetup.ADMINISTRASI),
      new DemoUser("budi", "Budi", "Koordinator", LaneSetup.KONSELOR),
      new DemoUser("dewi", "Dewi", "Konselor", LaneSetup.KONSELOR),
      new DemoUser("sari", "Sari", "Ketua", LaneSetup.KETUA),
      new DemoUser("andi", "Andi", "Analis", LaneSetup.ANALIS),
      new DemoUser("sysadmin", "Sistem", "Admin", Groups.CAMUNDA_ADMIN),
      new DemoUser("pantau", "Pantau", "Sistem", LaneSetup.MONITORING),
      new DemoUser("putri", "Putri", "PPDP", LaneSetup.PPDP));

  /** Demo addresses are on a reserved domain, so that a demo never mails a real person. */
  static final String MAIL_DOMAIN = "@puspaga.example";

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    IdentityService identity = engine.getIdentityService();
    for (DemoUser demo : USERS) {
      if (identity.createUserQuery().userId(demo.id()).count() == 0) {
        User user = identity.newUser(demo.id());
        user.setFirstName(demo.firstName());
        user.setLastName(demo.lastName());
        user.setEmail(demo.id() + MAIL_DOMAIN);
        user.setPassword(demo.id());
        identity.saveUser(user);
      } else {
        // Demo users made by an earlier version had addresses on the office's real domain.
        User user = identity.createUserQuery().userId(demo.id()).singleResult();
        if (!(demo.id() + MAIL_DOMAIN).equals(user.getEmail())) {
          user.setEmail(demo.id() + MAIL_DOMAIN);
          identity.saveUser(user);
        }
      }
      if (identity.createUserQuery().userId(demo.id()).memberOfGroup(demo.group()).count() == 0) {
        identity.createMembership(demo.id(), demo.group());
      }
    }
    LOG.info("Demo users ready: {} (password = user id)", USERS.stream().map(DemoUser::id).toList());
  }
}
