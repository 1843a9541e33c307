package id.go.tangerangkota.puspaga.layanan;

import id.go.tangerangkota.puspaga.archive.ArchiveDocumentsDelegate;
import id.go.tangerangkota.puspaga.archive.ArchiveService;
import id.go.tangerangkota.puspaga.breach.BreachService;
import id.go.tangerangkota.puspaga.breach.RecordBreachDelegate;
import id.go.tangerangkota.puspaga.calendar.SopDeadline;
import id.go.tangerangkota.puspaga.calendar.RepositoryCalendar;
import id.go.tangerangkota.puspaga.calendar.WorkingDayCalendar;
import id.go.tangerangkota.puspaga.input.InputPlugin;
import id.go.tangerangkota.puspaga.notification.BreachMail;
import id.go.tangerangkota.puspaga.notification.MailOutbox;
import id.go.tangerangkota.puspaga.notification.MailTemplates;
import id.go.tangerangkota.puspaga.notification.NotificationProperties;
import id.go.tangerangkota.puspaga.notification.TaskMails;
import id.go.tangerangkota.puspaga.referral.RecordReferralDelegate;
import id.go.tangerangkota.puspaga.referral.ReferralService;
import id.go.tangerangkota.puspaga.office.Letterhead;
import id.go.tangerangkota.puspaga.office.Office;
import id.go.tangerangkota.puspaga.office.OfficeProperties;
import id.go.tangerangkota.puspaga.office.OfficeRegistry;
import id.go.tangerangkota.puspaga.report.AssignRegistrationNumberListener;
import id.go.tangerangkota.puspaga.report.DocumentNumbering;
import id.go.tangerangkota.puspaga.report.DocumentProperties;
import id.go.tangerangkota.puspaga.report.DocumentService;
import id.go.tangerangkota.puspaga.report.GenerateDocumentDelegate;
import id.go.tangerangkota.puspaga.report.PdfRenderer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.community.process_test_coverage.engine.platform7.ProcessCoverageInMemProcessEngineConfiguration;
import org.camunda.spin.plugin.impl.SpinProcessEnginePlugin;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.env.MockEnvironment;

/**
 * An in-memory engine wired like the application (same beans under the same names, our tables by
 * Flyway, the real calendar file), but without Spring, with the engine clock driving "now".
 */
final class ProcessTestEngine {

  final WorkingDayCalendar calendar = RepositoryCalendar.load();
  final Clock clock = new EngineClock();
  final JdbcTemplate jdbc;
  final BreachService breaches;
  final ReferralService referrals;
  final DocumentService documents;
  final ArchiveService archive;
  final MailOutbox outbox;
  final PdfRenderer renderer;
  final DocumentNumbering numbering;
  final org.springframework.transaction.PlatformTransactionManager transactions;
  final DocumentProperties documentProperties;
  /** The default office (3671) as the application seeds it at its first start: instances of the tests have no tenant. */
  final OfficeRegistry offices;
  final ProcessEngineConfiguration configuration;
  final id.go.tangerangkota.puspaga.survei.SurveyInvitations invitations;

  /** One engine and one in-memory database per test class, named after it. */
  ProcessTestEngine(String name) {
    this(name, new PdfRenderer());
  }

  /** With another renderer, e.g. one whose template is broken. */
  ProcessTestEngine(String name, PdfRenderer renderer) {
    this(name, renderer, h2(name), "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "sa", "",
        new ProcessCoverageInMemProcessEngineConfiguration());
  }

  /**
   * On any database (e.g. PostgreSQL for the benchmarks), with the given configuration to fill
   * (the benchmarks use a plain one: coverage tracking would slow every step).
   */
  ProcessTestEngine(String name, PdfRenderer renderer, javax.sql.DataSource dataSource, String jdbcUrl, String user,
      String password, org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl cfg) {
    Flyway.configure().dataSource(dataSource).baselineOnMigrate(true).baselineVersion("0").load().migrate();
    jdbc = new JdbcTemplate(dataSource);
    breaches = new BreachService(jdbc, calendar);
    referrals = new ReferralService(jdbc, clock);
    SopDeadline sopDeadline = new SopDeadline(tenant -> calendar, clock);
    WorkProgramRules rules = new WorkProgramRules(clock, calendar);
    CurrentUser currentUser = new CurrentUser();
    this.renderer = renderer;
    documentProperties = Binder.get(new MockEnvironment())
        .bindOrCreate("puspaga.documents", Bindable.of(DocumentProperties.class));
    transactions = new org.springframework.jdbc.datasource.DataSourceTransactionManager(dataSource);
    numbering = new DocumentNumbering(jdbc, transactions, documentProperties);
    offices = new OfficeRegistry(jdbc, Binder.get(new MockEnvironment()).bindOrCreate("puspaga.offices",
        Bindable.of(OfficeProperties.class)), clock);
    if (offices.find("3671").isEmpty()) {
      offices.save(new Office("3671", "PUSPAGA Kota Tangerang", Binder.get(new MockEnvironment())
          .bindOrCreate("puspaga.documents.office", Bindable.of(Letterhead.class)), "PUSPAGA <noreply@puspaga.example>",
          "kota-tangerang", Office.DEFAULT_NUMBER_PATTERN, List.of()));
    }
    documents = new DocumentService(renderer, numbering, offices, clock, calendar);
    archive = new ArchiveService(jdbc, documents, clock, offices);
    NotificationProperties notificationProperties = Binder.get(new MockEnvironment())
        .bindOrCreate("puspaga.notifications", Bindable.of(NotificationProperties.class));
    outbox = new MailOutbox(jdbc, clock, transactions);
    BreachMail breachMail = new BreachMail(
        new TaskMails(new MailTemplates(), calendar, offices, notificationProperties), outbox);

    invitations = new id.go.tangerangkota.puspaga.survei.SurveyInvitations(jdbc,
        new id.go.tangerangkota.puspaga.survei.SurveyCodes(new id.go.tangerangkota.puspaga.system.SharedSecrets(jdbc, clock)),
        outbox, new MailTemplates(), offices, notificationProperties, calendar, clock);

    cfg.setProcessEngineName(name);
    cfg.setJdbcUrl(jdbcUrl);
    cfg.setJdbcUsername(user);
    cfg.setJdbcPassword(password);
    cfg.setDatabaseSchemaUpdate("true");
    cfg.setJobExecutorActivate(false);
    cfg.setHistory("full");
    cfg.setDefaultSerializationFormat("application/json");
    cfg.setJavaSerializationFormatEnabled(false);
    cfg.setProcessEnginePlugins(List.of(new SpinProcessEnginePlugin(), new SubmissionRejectionPlugin(), new InputPlugin(), new TaskCards(),
        new id.go.tangerangkota.puspaga.compliance.RequestStatistics(jdbc, calendar.zone(), "3671", tenant -> calendar)));
    cfg.setBeans(Map.ofEntries(
        Map.entry("sopDeadline", sopDeadline),
        Map.entry("recordBreachDelegate", new RecordBreachDelegate(breaches, sopDeadline, clock, breachMail)),
        Map.entry("recordReferralDelegate", new RecordReferralDelegate(referrals)),
        Map.entry("assignRegistrationNumberListener", new AssignRegistrationNumberListener(numbering, clock, calendar, offices)),
        Map.entry("validateRegistrationListener", new ValidateRegistrationListener(currentUser, clock)),
        Map.entry("rememberCoordinatorListener", new RememberCoordinatorListener(currentUser)),
        Map.entry("validateWorkProgramListener", new ValidateWorkProgramListener(rules)),
        Map.entry("validateReviewListener", new ValidateReviewListener(rules, clock, currentUser)),
        Map.entry("startReviewRoundListener", new StartReviewRoundListener()),
        Map.entry("validateActivityListener", new ValidateActivityListener(rules)),
        Map.entry("collectActivityReportListener", new CollectActivityReportListener()),
        Map.entry("generateDocumentDelegate", new GenerateDocumentDelegate(documents, new SimpleMeterRegistry())),
        Map.entry("archiveDocumentsDelegate", new ArchiveDocumentsDelegate(archive)),
        Map.entry("inviteToSurveyDelegate", new id.go.tangerangkota.puspaga.survei.InviteToSurveyDelegate(invitations))));
    configuration = cfg;
  }

  private static JdbcDataSource h2(String name) {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
    dataSource.setUser("sa");
    return dataSource;
  }
}
