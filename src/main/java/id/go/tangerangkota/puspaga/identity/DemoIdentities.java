package id.go.tangerangkota.puspaga.identity;

import id.go.tangerangkota.puspaga.nasional.NationalScope;
import id.go.tangerangkota.puspaga.office.Letterhead;
import id.go.tangerangkota.puspaga.office.OfficeDefinition;
import id.go.tangerangkota.puspaga.office.OfficeRegistry;
import id.go.tangerangkota.puspaga.office.Offices;
import java.util.List;
import java.util.Map;
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
 * Two demo offices, Kota Tangerang (the default office, 3671) and Kota Tangerang Selatan (3674),
 * each with a user or two in each lane group (see LaneSetup), password = user id. Each person is a
 * member of her office's tenant; the system administrator of none (she sees every office).
 * Idempotent, demo profile only.
 */
@Component
@Profile("demo")
@Order(10)
class DemoIdentities extends AbstractProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(DemoIdentities.class);

  record DemoUser(String id, String firstName, String lastName, String group, String office) {}

  /** Stands for the default office (puspaga.offices.default), Kota Tangerang unless configured otherwise. */
  private static final String FIRST_OFFICE = "default";

  /** The second demo office: Kota Tangerang Selatan, Kemendagri area code 3674. */
  static final String SECOND_OFFICE = "3674";

  static final List<DemoUser> USERS = List.of(
      new DemoUser("rina", "Rina", "Admin", LaneSetup.ADMINISTRASI, FIRST_OFFICE),
      new DemoUser("budi", "Budi", "Koordinator", LaneSetup.KONSELOR, FIRST_OFFICE),
      new DemoUser("dewi", "Dewi", "Konselor", LaneSetup.KONSELOR, FIRST_OFFICE),
      new DemoUser("sari", "Sari", "Ketua", LaneSetup.KETUA, FIRST_OFFICE),
      new DemoUser("andi", "Andi", "Analis", LaneSetup.ANALIS, FIRST_OFFICE),
      new DemoUser("sysadmin", "Sistem", "Admin", Groups.CAMUNDA_ADMIN, null),
      new DemoUser("pantau", "Pantau", "Sistem", LaneSetup.MONITORING, null),
      new DemoUser("putri", "Putri", "PPDP", LaneSetup.PPDP, FIRST_OFFICE),
      new DemoUser("tika", "Tika", "Admin", LaneSetup.ADMINISTRASI, SECOND_OFFICE),
      new DemoUser("joko", "Joko", "Konselor", LaneSetup.KONSELOR, SECOND_OFFICE),
      new DemoUser("wulan", "Wulan", "Ketua", LaneSetup.KETUA, SECOND_OFFICE),
      new DemoUser("yusuf", "Yusuf", "PPDP", LaneSetup.PPDP, SECOND_OFFICE),
      new DemoUser("bayu", "Bayu", "Analis", LaneSetup.ANALIS, SECOND_OFFICE),
      new DemoUser("nadia", "Nadia", "Pemantau Nasional", NationalScope.PEMANTAU_NASIONAL, null),
      new DemoUser("bagas", "Bagas", "Pemantau Provinsi", NationalScope.PEMANTAU_PROVINSI, null));

  /** The province of both demo offices, whose monitor Bagas is: Banten, area codes 36xx. */
  private static final String BANTEN = NationalScope.PROVINCE_GROUP + "36";

  /**
   * A second group: Andi is the platform's analyst as well (with two offices, only the platform
   * deploys the shared model; Bayu deploys Kota Tangerang Selatan's own version, docs/offices.md);
   * Bagas monitors Banten.
   */
  private static final Map<String, String> ALSO_IN = Map.of("andi", LaneSetup.PLATFORM, "bagas", BANTEN);

  static final OfficeDefinition SECOND_OFFICE_DEFINITION = new OfficeDefinition(SECOND_OFFICE,
      "PUSPAGA Kota Tangerang Selatan", new Letterhead("PEMERINTAH KOTA TANGERANG SELATAN",
          "DINAS PEMBERDAYAAN PEREMPUAN DAN PERLINDUNGAN ANAK", "PUSAT PEMBELAJARAN KELUARGA (PUSPAGA)",
          "Jl. Maruga Raya No. 1, Serua, Ciputat, Kota Tangerang Selatan, Banten", "Kota Tangerang Selatan",
          "Ketua PUSPAGA", "Wulan Ketua", ""), "PUSPAGA Kota Tangerang Selatan <noreply@puspaga.example>",
      "kota-tangerang-selatan", null, List.of());

  /** Demo addresses are on a reserved domain, so that a demo never mails a real person. */
  static final String MAIL_DOMAIN = "@puspaga.example";

  private final Offices offices;
  private final OfficeRegistry registry;

  DemoIdentities(Offices offices, OfficeRegistry registry) {
    this.offices = offices;
    this.registry = registry;
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    IdentityService identity = engine.getIdentityService();
    if (registry.find(SECOND_OFFICE).isEmpty()) {
      offices.onboard(SECOND_OFFICE_DEFINITION, identity);
    }
    LaneSetup.createGroup(identity, BANTEN, "Provinsi Banten", Groups.GROUP_TYPE_WORKFLOW);
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
      for (String group : ALSO_IN.containsKey(demo.id()) ? List.of(demo.group(), ALSO_IN.get(demo.id()))
          : List.of(demo.group())) {
        if (identity.createUserQuery().userId(demo.id()).memberOfGroup(group).count() == 0) {
          identity.createMembership(demo.id(), group);
        }
      }
      String office = FIRST_OFFICE.equals(demo.office()) ? registry.defaultOfficeId() : demo.office();
      if (office != null && identity.createUserQuery().userId(demo.id()).memberOfTenant(office).count() == 0) {
        identity.createTenantUserMembership(office, demo.id());
      }
    }
    LOG.info("Demo users ready: {} (password = user id)", USERS.stream().map(DemoUser::id).toList());
  }
}
