package id.go.tangerangkota.puspaga.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import id.go.tangerangkota.puspaga.system.DemoApplicationTest;
import id.go.tangerangkota.puspaga.system.RequestWalk;
import id.go.tangerangkota.puspaga.system.RestClient;
import id.go.tangerangkota.puspaga.system.SettableClock;
import id.go.tangerangkota.puspaga.system.TestMailServer;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.autoconfigure.mail.MailProperties;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Mails about the SOP's limits, sent through a real SMTP server (GreenMail, on the port every
 * integration test's context sends to: {@link TestMailServer}) and read back from it:
 * who receives them, what they say, that each arrives once, that SMTP being down delays them and
 * loses nothing, and that the Ketua's digest comes on working days only (the application's clock
 * set by the test).
 */
@DemoApplicationTest
class NotificationIT {

  private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
  private static final int SMTP_PORT = TestMailServer.SMTP_PORT;
  private static GreenMail smtp;

  @LocalServerPort
  int port;

  @Autowired SettableClock clock;
  @Autowired OutboxSender sender;
  @Autowired MailOutbox outbox;
  @Autowired DeadlineReminders reminders;
  @Autowired DailyDigest digest;
  @Autowired ManagementService management;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired IdentityService identity;
  @Autowired JdbcTemplate jdbc;
  @Autowired NotificationProperties settings;
  @Autowired MailProperties mailProperties;

  RequestWalk walk;
  RestClient rina;

  @BeforeAll
  static void startSmtp() {
    smtp = smtpServer();
    smtp.start();
  }

  @AfterAll
  static void stopSmtp() {
    smtp.stop();
  }

  @BeforeEach
  void staff() {
    rina = RestClient.as("rina", port);
    walk = new RequestWalk(rina, RestClient.as("budi", port), RestClient.as("sari", port), RestClient.as("sysadmin", port));
  }

  @AfterEach
  void realTime() {
    clock.reset();
    ClockUtil.reset();
  }

  @Test
  void anOfficesBreachIsMailedFromItsOwnSenderToItsOwnPeopleOnly() throws Exception {
    RequestWalk selatan = new RequestWalk(RestClient.as("tika", port), RestClient.as("joko", port),
        RestClient.as("wulan", port), RestClient.as("sysadmin", port));
    String instance = selatan.start("LI-SELATAN");
    String number = registrationNumber(instance);
    fireSopTimer(instance);
    sender.sendDue();

    MimeMessage mail = mailsAbout(number, "BREACH").values().iterator().next().get(0);
    assertThat(mail.getHeader("From", ",")).isEqualTo("PUSPAGA Kota Tangerang Selatan <noreply@puspaga.example>");
    assertThat(addresses(mail, Message.RecipientType.TO)).containsExactly("tika@puspaga.example");
    assertThat(addresses(mail, Message.RecipientType.CC)).containsExactly("wulan@puspaga.example");
    assertThat(plainText(mail)).contains(number).contains("Kota Tangerang Selatan. Mohon tidak membalas");
  }

  @Test
  void aPassedLimitIsMailedOnceToTheLaneWithTheKetuaInCopyInIndonesianWithALinkToTheTask() throws Exception {
    // A member of the lane without an e-mail address is skipped, not a reason to lose the mail.
    adminWithoutAddress("tanpasurel");
    try {
      String instance = walk.start("LI-SUREL");
      String number = registrationNumber(instance);
      Task task = tasks.createTaskQuery().processInstanceId(instance).singleResult();

      fireSopTimer(instance);
      assertThat(sender.sendDue()).isPositive();
      sender.sendDue();

      Map<String, List<MimeMessage>> mails = mailsAbout(number, "BREACH");
      assertThat(mails).as("one breach mail").hasSize(1);
      List<MimeMessage> copies = mails.values().iterator().next();
      MimeMessage mail = copies.get(0);
      assertThat(addresses(mail, Message.RecipientType.TO)).isEqualTo(emailsOf("administrasi"))
          .contains("rina@puspaga.example");
      assertThat(addresses(mail, Message.RecipientType.CC)).isEqualTo(emailsOf("ketua")).contains("sari@puspaga.example");
      assertThat(copies).as("one copy per recipient, no more").hasSize(emailsOf("administrasi").size() + emailsOf("ketua").size());
      assertThat(mail.getSubject()).isEqualTo("[PUSPAGA] Batas waktu terlewati: Registrasi dan disposisi permohonan ("
          + number + " · Ibu Sri Wahyuni · Pengasuhan)");
      System.out.printf("[mail] as received by GreenMail:%nFrom: %s%nTo: %s%nCc: %s%nSubject: %s%n%s: %s%n%n%s%n",
          mail.getHeader("From", ","), mail.getHeader("To", ","), mail.getHeader("Cc", ","), mail.getSubject(),
          OutboxSender.KIND_HEADER, header(mail, OutboxSender.KIND_HEADER), plainText(mail));
      String deadline = TaskMails.MOMENT.format(task.getDueDate().toInstant().atZone(WIB));
      assertThat(plainText(mail))
          .contains("Batas waktu SOP Layanan Informasi untuk tugas berikut telah terlewati")
          .contains("Permohonan   : " + number + " · Ibu Sri Wahyuni · Pengasuhan")
          .contains("Langkah      : Langkah 1 SOP: Registrasi dan disposisi permohonan")
          .contains("Tenggat      : " + deadline)
          .contains("Keterlambatan: kurang dari 1 hari kerja")
          .contains("https://puspaga.example/camunda/app/tasklist/default/#/?task=" + task.getId())
          .contains("PUSAT PEMBELAJARAN KELUARGA (PUSPAGA)");
      assertThat(deadline).matches("(Senin|Selasa|Rabu|Kamis|Jumat), \\d{1,2} \\p{L}+ \\d{4} pukul 16\\.00 WIB");
      assertThat(htmlText(mail)).contains("href=\"https://puspaga.example/camunda/app/tasklist/default/#/?task=" + task.getId() + "\"");
    } finally {
      identity.deleteUser("tanpasurel");
    }
  }

  @Test
  void theKetuaIsMailedDirectlyWhenNobodyHoldingTheTaskHasAnAddress() throws Exception {
    adminWithoutAddress("tanpasurel2");
    try {
      String instance = walk.start("LI-KETUA-SAJA");
      String number = registrationNumber(instance);
      tasks.claim(tasks.createTaskQuery().processInstanceId(instance).singleResult().getId(), "tanpasurel2");
      fireSopTimer(instance);
      sender.sendDue();

      Map<String, List<MimeMessage>> mails = mailsAbout(number, "BREACH");
      assertThat(mails).hasSize(1);
      MimeMessage mail = mails.values().iterator().next().get(0);
      assertThat(addresses(mail, Message.RecipientType.TO)).isEqualTo(emailsOf("ketua")).isNotEmpty();
      assertThat(addresses(mail, Message.RecipientType.CC)).isEmpty();
    } finally {
      identity.deleteUser("tanpasurel2");
    }
  }

  @Test
  void whileSmtpIsDownTheMailWaitsAndTheTaskStillCompletesThenItArrivesOnce() throws Exception {
    String instance = walk.start("LI-SMTP-MATI");
    String number = registrationNumber(instance);
    Instant now = Instant.now();
    clock.set(now);
    whileSmtpIsDown(() -> {
      fireSopTimer(instance);
      walk.register(instance);
      sender.sendDue();
      Map<String, Object> row = outboxRow(number, "BREACH");
      assertThat(row.get("status")).isEqualTo("PENDING");
      assertThat(((Number) row.get("attempts")).intValue()).isEqualTo(1);
      assertThat((String) row.get("last_error")).isNotBlank();

      // Not tried again before its back-off has passed.
      sender.sendDue();
      assertThat(((Number) outboxRow(number, "BREACH").get("attempts")).intValue()).isEqualTo(1);
    });
    clock.set(now.plusSeconds(31));
    sender.sendDue();
    sender.sendDue();
    assertThat(mailsAbout(number, "BREACH")).hasSize(1);
    Map<String, Object> sent = outboxRow(number, "BREACH");
    assertThat(sent.get("status")).isEqualTo("SENT");
    assertThat(((Number) sent.get("attempts")).intValue()).isEqualTo(2);
  }

  @Test
  void aNodeThatDiesAfterTheServerAcceptedAMailLeavesItToBeSentOnceMoreWithTheSameOutboxId() throws Exception {
    sender.sendDue();                                 // nothing else due: the dying node takes this mail
    String instance = walk.start("LI-NODE-MATI");
    String number = registrationNumber(instance);
    Instant now = Instant.now();
    clock.set(now);
    fireSopTimer(instance);
    int recipients = emailsOf("administrasi").size() + emailsOf("ketua").size();

    // Another node sends it (the SMTP server accepts it), then dies before marking it sent.
    JavaMailSenderImpl diesAfterSending = new JavaMailSenderImpl() {
      @Override
      public void send(MimeMessage message) {
        super.send(message);
        throw new Error("node-mati died");
      }
    };
    configureLikeTheApplication(diesAfterSending, SMTP_PORT);
    OutboxSender dyingNode = new OutboxSender(outbox, provider(diesAfterSending), settings, "node-mati");
    assertThatThrownBy(dyingNode::sendDue).hasMessage("node-mati died");
    assertThat(mailsAbout(number, "BREACH").values()).singleElement().asList().hasSize(recipients);

    sender.sendDue();
    assertThat(mailsAbout(number, "BREACH").values()).as("still held by the dead node's claim").singleElement().asList()
        .hasSize(recipients);
    clock.set(now.plus(settings.claimLease()).plusSeconds(1));
    sender.sendDue();
    sender.sendDue();
    clock.set(now.plus(settings.claimLease().multipliedBy(3)));
    sender.sendDue();
    Map<String, List<MimeMessage>> mails = mailsAbout(number, "BREACH");
    assertThat(mails).as("one outbox row: the resend carries the same " + OutboxSender.OUTBOX_ID_HEADER).hasSize(1);
    assertThat(mails.values().iterator().next()).as("sent by the dead node, then once more, no more")
        .hasSize(2 * recipients);
    assertThat(outboxRow(number, "BREACH").get("status")).isEqualTo("SENT");
  }

  @Test
  void aMailThatCannotBeSentIsFailedAfterEightAttemptsAndCountedInTheDigestAndTheMetrics() throws Exception {
    String instance = walk.start("LI-SUREL-GAGAL");
    String number = registrationNumber(instance);
    clock.set(Instant.now());
    whileSmtpIsDown(() -> {
      fireSopTimer(instance);
      for (int attempt = 1; attempt <= 8; attempt++) {
        sender.sendDue();
        Map<String, Object> row = outboxRow(number, "BREACH");
        assertThat(((Number) row.get("attempts")).intValue()).isEqualTo(attempt);
        assertThat(row.get("status")).as("after attempt " + attempt).isEqualTo(attempt < 8 ? "PENDING" : "FAILED");
        clock.set(clock.instant().plus(settings.maxRetryBackoff()).plusSeconds(1));    // past any back-off
      }
    });
    sender.sendDue();
    assertThat(mailsAbout(number, "BREACH")).as("a FAILED mail is not tried again").isEmpty();
    assertThat(((Number) outboxRow(number, "BREACH").get("attempts")).intValue()).isEqualTo(8);

    long failed = jdbc.queryForObject("select count(*) from mail_outbox where status = 'FAILED'", Long.class);
    clock.set(ZonedDateTime.of(LocalDate.of(2026, 12, 3), LocalTime.of(7, 0), WIB).toInstant());
    digest.sendForToday();
    sender.sendDue();
    MimeMessage mail = received().stream().filter(m -> "DIGEST".equals(header(m, "X-Puspaga-Mail-Kind")))
        .filter(m -> subject(m).contains("Kamis, 3 Desember 2026"))
        .filter(m -> addresses(m, Message.RecipientType.TO).contains("sari@puspaga.example")).findFirst().orElseThrow();
    assertThat(plainText(mail)).contains("E-mail yang gagal dikirim: " + failed);
    RestClient.Response scrape = RestClient.as("pantau", port).get("/actuator/prometheus", "text/plain");
    assertThat(scrape.body()).containsPattern("(?m)^puspaga_mail_outbox\\{status=\"FAILED\"} " + failed + "\\.0$");
  }

  @Test
  void anSmtpServerThatNeverAnswersHoldsASendOnlyForTheConfiguredTimeoutsAndTheMailWaits() throws Exception {
    // 40 s of waiting on JavaMail's timeouts, which no database changes: once, on H2.
    org.junit.jupiter.api.Assumptions.assumeFalse("postgres".equals(System.getProperty("puspaga.it.database")));
    sender.sendDue();
    String instance = walk.start("LI-SMTP-DIAM");
    String number = registrationNumber(instance);
    Instant now = Instant.now();
    clock.set(now);
    fireSopTimer(instance);
    InetAddress loopback = InetAddress.getLoopbackAddress();
    // A full accept queue: the kernel drops further connection attempts, so connecting hangs.
    try (ServerSocket full = new ServerSocket(0, 1, loopback);
        Socket first = new Socket(loopback, full.getLocalPort());
        Socket second = new Socket(loopback, full.getLocalPort());
        ServerSocket silent = new ServerSocket(0, 50, loopback)) {
      assertThat(sendThrough(full.getLocalPort(), "koneksi")).as("the connect timeout").isBetween(8.0, 20.0);
      Map<String, Object> row = outboxRow(number, "BREACH");
      assertThat((String) row.get("last_error")).containsIgnoringCase("connect timed out");
      assertThat(row.get("status")).isEqualTo("PENDING");

      clock.set(now.plusSeconds(31));
      // Accepts the connection (the kernel does) and never says a word: the read timeout.
      assertThat(sendThrough(silent.getLocalPort(), "baca")).as("the read timeout").isBetween(28.0, 45.0);
      row = outboxRow(number, "BREACH");
      assertThat((String) row.get("last_error")).containsIgnoringCase("read timed out");
      assertThat(((Number) row.get("attempts")).intValue()).isEqualTo(2);
    }
    clock.set(now.plusSeconds(200));
    sender.sendDue();
    assertThat(mailsAbout(number, "BREACH")).as("then sent, once").hasSize(1);
    assertThat(outboxRow(number, "BREACH").get("status")).isEqualTo("SENT");
  }

  /** One round of a node whose SMTP server is on that port; how long it took, in seconds (printed). */
  private double sendThrough(int smtpPort, String name) throws Exception {
    JavaMailSenderImpl toPort = new JavaMailSenderImpl();
    configureLikeTheApplication(toPort, smtpPort);
    OutboxSender node = new OutboxSender(outbox, provider(toPort), settings, "node-" + name);
    long started = System.nanoTime();
    var round = java.util.concurrent.CompletableFuture.supplyAsync(node::sendDue);
    // Without a timeout JavaMail would wait forever: bounded here, so that the test fails instead.
    assertThat(round.get(2, java.util.concurrent.TimeUnit.MINUTES)).isZero();
    double seconds = (System.nanoTime() - started) / 1e9;
    System.out.printf("[mail] a send to an SMTP server that does not answer (%s) gave up after %.1f s%n", name, seconds);
    return seconds;
  }

  /** As Spring Boot configures the application's sender from {@code spring.mail.*}, on another port. */
  private void configureLikeTheApplication(JavaMailSenderImpl sender, int smtpPort) {
    sender.setHost("127.0.0.1");
    sender.setPort(smtpPort);
    sender.setDefaultEncoding(mailProperties.getDefaultEncoding().name());
    Properties properties = new Properties();
    properties.putAll(mailProperties.getProperties());
    sender.setJavaMailProperties(properties);
  }

  private static ObjectProvider<JavaMailSender> provider(JavaMailSender sender) {
    return new StaticListableBeanFactory(Map.of("mailSender", sender)).getBeanProvider(JavaMailSender.class);
  }

  @Test
  void theKetuasDigestComesAtSevenOnAWorkingDayOnceAndNotOnAHolidayOrAWeekend() throws Exception {
    String instance = walk.start("LI-RINGKASAN");
    String number = registrationNumber(instance);
    fireSopTimer(instance);

    for (LocalDate day : List.of(LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 26),
        LocalDate.of(2026, 12, 27))) {
      clock.set(ZonedDateTime.of(day, LocalTime.of(7, 0), WIB).toInstant());
      assertThat(digest.sendForToday()).as("cuti bersama, Natal, Saturday, Sunday: " + day).isZero();
    }
    clock.set(ZonedDateTime.of(LocalDate.of(2026, 12, 22), LocalTime.of(7, 0), WIB).toInstant());
    // One digest for each Ketua of each office (Kota Tangerang and Kota Tangerang Selatan), each with her own office's requests.
    long everyKetua = identity.createUserQuery().memberOfGroup("ketua").list().stream()
        .filter(user -> user.getEmail() != null && identity.createTenantQuery().userMember(user.getId()).count() > 0).count();
    assertThat(digest.sendForToday()).isEqualTo(everyKetua);
    assertThat(digest.sendForToday()).as("once a day").isZero();
    sender.sendDue();

    List<MimeMessage> digests = received().stream().filter(m -> "DIGEST".equals(header(m, "X-Puspaga-Mail-Kind")))
        .filter(m -> subject(m).contains("Selasa, 22 Desember 2026")).toList();
    assertThat(digests).hasSize((int) everyKetua);
    MimeMessage otherOffice = digests.stream()
        .filter(m -> addresses(m, Message.RecipientType.TO).contains("wulan@puspaga.example")).findFirst().orElseThrow();
    assertThat(plainText(otherOffice)).as("the other office's Ketua").doesNotContain(number);
    MimeMessage mail = digests.stream()
        .filter(m -> addresses(m, Message.RecipientType.TO).contains("sari@puspaga.example")).findFirst().orElseThrow();
    assertThat(mail.getSubject()).startsWith("[PUSPAGA] Ringkasan harian Selasa, 22 Desember 2026: ")
        .endsWith("pelanggaran batas waktu terbuka");
    String text = plainText(mail);
    assertThat(text).contains("Yth. Ketua PUSPAGA,")
        .contains("PELANGGARAN BATAS WAKTU YANG TUGASNYA MASIH TERBUKA")
        .contains("- " + number + ": Langkah 1 SOP: Registrasi dan disposisi permohonan, tenggat ")
        .contains("TUGAS DENGAN TENGGAT HARI KERJA BERIKUTNYA (Rabu, 23 Desember 2026)")
        .contains("DOKUMEN DAN LANGKAH OTOMATIS YANG GAGAL (INSIDEN)")
        .contains("E-mail yang gagal dikirim: ");
  }

  @Test
  void aReminderComesOneWorkingDayBeforeALongerLimitOnlyForTasksStillOpen() throws Exception {
    // Thursday 17 December 2026, 10:00 WIB, for the application and the engine alike: step 2's seven
    // working days skip the cuti bersama of the 24th and Christmas on the 25th.
    Instant thursday = ZonedDateTime.parse("2026-12-17T10:00:00+07:00[Asia/Jakarta]").toInstant();
    clock.set(thursday);
    ClockUtil.setCurrentTime(Date.from(thursday));
    String open = toMapNeeds("LI-PENGINGAT-1");
    String done = toMapNeeds("LI-PENGINGAT-2");
    String oneDay = walk.start("LI-PENGINGAT-3");
    Task openTask = tasks.createTaskQuery().processInstanceId(open).singleResult();
    Task doneTask = tasks.createTaskQuery().processInstanceId(done).singleResult();
    walk.mapNeeds(done);
    Task oneDayTask = tasks.createTaskQuery().processInstanceId(oneDay).singleResult();

    assertThat(openTask.getDueDate().toInstant()).as("seven working days: 18, 21, 22, 23, 28, 29, 30 December")
        .isEqualTo(ZonedDateTime.parse("2026-12-30T16:00:00+07:00[Asia/Jakarta]").toInstant());
    Instant remindAt = ZonedDateTime.parse("2026-12-29T16:00:00+07:00[Asia/Jakarta]").toInstant();
    clock.set(remindAt.minusSeconds(60));
    reminders.remindDue();
    assertThat(outboxHas("reminder:" + openTask.getId())).as("not yet at 15:59 the working day before").isFalse();

    clock.set(remindAt.plusSeconds(60));
    reminders.remindDue();
    reminders.remindDue();
    // The one-working-day task is due Friday the 18th at 16:00: a minute after 16:00 on the 17th, no reminder.
    clock.set(ZonedDateTime.parse("2026-12-17T16:01:00+07:00[Asia/Jakarta]").toInstant());
    reminders.remindDue();
    clock.set(remindAt.plusSeconds(60));
    sender.sendDue();

    Map<String, List<MimeMessage>> mails = mailsAbout(registrationNumber(open), "REMINDER");
    assertThat(mails).hasSize(1);
    MimeMessage mail = mails.values().iterator().next().get(0);
    assertThat(addresses(mail, Message.RecipientType.TO)).containsExactly("budi@puspaga.example");
    assertThat(mail.getSubject()).startsWith("[PUSPAGA] Pengingat: batas waktu Petakan kebutuhan masyarakat tinggal 1 hari kerja");
    assertThat(plainText(mail)).contains("Langkah   : Langkah 2 SOP: Petakan kebutuhan masyarakat")
        .contains("?task=" + openTask.getId());
    assertThat(outboxHas("reminder:" + doneTask.getId())).as("completed before its reminder").isFalse();
    assertThat(outboxHas("reminder:" + oneDayTask.getId())).as("a limit of one working day").isFalse();
  }

  @Test
  void aGroupThatAskedForItIsToldWhenATaskBecomesAvailableToIt() throws Exception {
    String instance = toMapNeeds("LI-TUGAS-BARU");
    sender.sendDue();
    Map<String, List<MimeMessage>> mails = mailsAbout(registrationNumber(instance), "TASK_AVAILABLE");
    assertThat(mails).hasSize(1);
    MimeMessage mail = mails.values().iterator().next().get(0);
    assertThat(mail.getSubject()).startsWith("[PUSPAGA] Tugas baru: Petakan kebutuhan masyarakat");
    assertThat(addresses(mail, Message.RecipientType.TO)).isEqualTo(emailsOf("konselor"));
    assertThat(mailsAbout(registrationNumber(instance), "TASK_AVAILABLE").values().iterator().next())
        .hasSize(emailsOf("konselor").size());
  }

  private String toMapNeeds(String businessKey) {
    String instance = walk.start(businessKey);
    walk.register(instance);
    management.createJobQuery().processInstanceId(instance).messages().list().forEach(job -> management.executeJob(job.getId()));
    walk.awaitTask(RestClient.as("budi", port), instance, "Task_MapNeeds");
    // The coordinator claims it, as in the office.
    Task task = tasks.createTaskQuery().processInstanceId(instance).singleResult();
    tasks.claim(task.getId(), "budi");
    return instance;
  }

  /** Time passes: the SOP timer of the instance's open step falls due and the engine fires it. */
  private void fireSopTimer(String instance) {
    List<Job> timers = management.createJobQuery().processInstanceId(instance).timers().list();
    assertThat(timers).hasSize(1);
    management.executeJob(timers.get(0).getId());
  }

  /** Runs the steps with the SMTP server stopped, and starts it again however they end. */
  private void whileSmtpIsDown(Steps steps) throws Exception {
    smtp.stop();
    try {
      steps.run();
    } finally {
      smtp = smtpServer();
      smtp.start();
    }
  }

  private interface Steps {
    void run() throws Exception;
  }

  /** A member of Admin's lane whose profile has no e-mail address (delete it after the test). */
  private void adminWithoutAddress(String id) {
    User noAddress = identity.newUser(id);
    noAddress.setFirstName("Tanpa");
    noAddress.setLastName("Surel");
    noAddress.setPassword("Tanpa-Surel-2026");
    identity.saveUser(noAddress);
    identity.createMembership(id, "administrasi");
    identity.createTenantUserMembership("3671", id);
  }

  private String registrationNumber(String instance) {
    return (String) runtime.getVariable(instance, "registrationNumber");
  }

  private boolean outboxHas(String dedupKeyPrefix) {
    return jdbc.queryForObject("select count(*) from mail_outbox where dedup_key like ?", Long.class, dedupKeyPrefix + "%") > 0;
  }

  private Map<String, Object> outboxRow(String number, String kind) {
    List<Map<String, Object>> rows = jdbc.queryForList(
        "select * from mail_outbox where kind = ? and subject like ?", kind, "%" + number + "%");
    assertThat(rows).hasSize(1);
    return rows.get(0);
  }

  /** The group's members at Kota Tangerang (3671), whose requests these tests walk: a lane group spans every office. */
  private List<String> emailsOf(String group) {
    return identity.createUserQuery().memberOfGroup(group).memberOfTenant("3671").orderByUserId().asc().list().stream()
        .map(User::getEmail).filter(e -> e != null && e.contains("@")).toList();
  }

  private static List<MimeMessage> received() {
    return Arrays.asList(smtp.getReceivedMessages());
  }

  /** Received copies of the mails of one kind about one request, by outbox row. */
  private static Map<String, List<MimeMessage>> mailsAbout(String number, String kind) {
    return received().stream()
        .filter(m -> kind.equals(header(m, "X-Puspaga-Mail-Kind")) && subject(m).contains(number))
        .collect(Collectors.groupingBy(m -> header(m, OutboxSender.OUTBOX_ID_HEADER), LinkedHashMap::new, Collectors.toList()));
  }

  private static String header(MimeMessage message, String name) {
    try {
      String[] values = message.getHeader(name);
      return values == null ? null : values[0];
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<String> addresses(MimeMessage message, Message.RecipientType type) {
    try {
      var recipients = message.getRecipients(type);
      return recipients == null ? List.of()
          : Arrays.stream(recipients).map(a -> ((jakarta.mail.internet.InternetAddress) a).getAddress()).toList();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static String plainText(Part part) throws Exception {
    return partOf(part, "text/plain");
  }

  static String htmlText(Part part) throws Exception {
    return partOf(part, "text/html");
  }

  private static String partOf(Part part, String type) throws Exception {
    if (part.isMimeType(type)) {
      return (String) part.getContent();
    }
    if (part.getContent() instanceof Multipart multipart) {
      for (int i = 0; i < multipart.getCount(); i++) {
        BodyPart child = multipart.getBodyPart(i);
        String found = partOf(child, type);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  private static GreenMail smtpServer() {
    return new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
  }

}
