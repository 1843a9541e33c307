package id.go.tangerangkota.puspaga.system;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The application as `./mvnw spring-boot:run` starts it (demo profile), on a random port, on an
 * in-memory H2 database shared by every integration test (one cached Spring context), or on a real
 * PostgreSQL in the build's second run (TestDatabase), with the job executor and the notification
 * schedule off so that tests decide when timers, asynchronous steps and mail sending run; mail
 * goes to the test SMTP port and the clock may be set ({@link TestMailServer}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:puspaga-it;DB_CLOSE_DELAY=-1",
    "camunda.bpm.job-execution.enabled=false",
    "puspaga.notifications.schedule=false", "puspaga.reports.schedule=false", "puspaga.privacy.schedule=false",
    // Not the default (P5Y), so that a text that copies the default instead of reading it is caught.
    "puspaga.privacy.request-retention=P6Y"})
@ActiveProfiles(resolver = TestProfiles.class)
@ContextConfiguration(initializers = {TestDatabase.class, TestMailServer.class})
@Import(TestMailServer.Time.class)
@ExtendWith(DatabaseProductCheck.class)
public @interface DemoApplicationTest {}
