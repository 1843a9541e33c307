package id.go.tangerangkota.puspaga.survei;

import id.go.tangerangkota.puspaga.calendar.WorkingDayCalendar;
import id.go.tangerangkota.puspaga.shared.CrockfordCodes;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores an answer against a one-use code: the code is marked used and the answer written in one
 * transaction, and only when the code was not used before, so two sends of the same code (two
 * tabs, two nodes) store one answer. The answer row carries no trace of the code or the request.
 */
@Service
public class SurveyAnswers {

  public enum Outcome { STORED, UNKNOWN_CODE, ALREADY_USED }

  private final JdbcTemplate jdbc;
  private final TransactionTemplate transaction;
  private final WorkingDayCalendar calendar;
  private final Clock clock;

  SurveyAnswers(JdbcTemplate jdbc, PlatformTransactionManager transactions, WorkingDayCalendar calendar, Clock clock) {
    this.jdbc = jdbc;
    this.transaction = new TransactionTemplate(transactions);
    this.calendar = calendar;
    this.clock = clock;
  }

  /** Stores a form without problems ({@link SurveyForm#problems()} empty). */
  public Outcome submit(String code, SurveyForm form) {
    if (!form.problems().isEmpty()) {
      throw new IllegalArgumentException("The form has problems: " + form.problems());
    }
    String hash = CrockfordCodes.sha256(code);
    return transaction.execute(status -> {
      List<String[]> invited = jdbc.query("select service_month, office_id from survey_invitation where code_sha256 = ?",
          (rs, i) -> new String[] {rs.getString(1), rs.getString(2)}, hash);
      if (invited.isEmpty()) {
        return Outcome.UNKNOWN_CODE;
      }
      if (jdbc.update("update survey_invitation set used = ? where code_sha256 = ? and used = ?", true, hash, false) == 0) {
        return Outcome.ALREADY_USED;
      }
      Object[] values = new Object[18];
      values[0] = UUID.randomUUID().toString();
      values[1] = invited.get(0)[0];
      values[2] = Date.valueOf(LocalDate.now(clock.withZone(calendar.zone())));
      for (SurveyElement element : SurveyElement.values()) {
        values[3 + element.ordinal()] = form.score(element);
      }
      values[12] = form.profileValue(RespondentProfile.AGE);
      values[13] = form.profileValue(RespondentProfile.SEX);
      values[14] = form.profileValue(RespondentProfile.EDUCATION);
      values[15] = form.profileValue(RespondentProfile.OCCUPATION);
      values[16] = form.suggestion();
      // The office that served, so that each office reads its own index; an office is no person.
      values[17] = invited.get(0)[1];
      jdbc.update("insert into survey_answer (id, service_month, answered_on, u1, u2, u3, u4, u5, u6, u7, u8, u9,"
          + " age_group, sex, education, occupation, suggestion, office_id) values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
          values);
      return Outcome.STORED;
    });
  }
}
