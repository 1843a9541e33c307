package id.go.tangerangkota.puspaga.survei;

import id.go.tangerangkota.puspaga.office.OfficeFilter;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * A period's survey results as the regulation reports them: the IKM and its category, each
 * element's NRR, the answers against the Krejcie–Morgan sample for the requests served, the results
 * per respondent group, the trend per month, and the office's follow-up. Read from the survey's own
 * tables only, never from a request.
 */
@Service
public class SurveyResults {

  /** One element's row: U1..U9, its name and its NRR with three decimals. */
  public record ElementRow(String code, String label, BigDecimal nrr) {}

  /** A respondent group's row, e.g. "Jenis kelamin", "Perempuan": answers and their index. */
  public record GroupRow(String question, String group, int answers, String index, String category) {}

  public record MonthRow(String month, String label, int answers, String index, String category) {}

  /** Everything a results page or report shows for a period; index, category and elements are empty without answers. */
  public record Result(String period, String label, int answers, int population, int requiredSample, boolean sampleReached,
      String index, String category, String categoryLabel, List<ElementRow> elements, String followUp) {}

  private final JdbcTemplate jdbc;
  private final SurveyInvitations invitations;
  private final Clock clock;

  public SurveyResults(JdbcTemplate jdbc, SurveyInvitations invitations, Clock clock) {
    this.jdbc = jdbc;
    this.invitations = invitations;
    this.clock = clock;
  }

  /**
   * The results of the offices' answers; the follow-up only when they are one office's (several
   * offices' results are a sum, with no one office's follow-up).
   */
  public Result of(SurveyPeriod period, OfficeFilter offices) {
    List<int[]> answers = scores(period, offices, null, null);
    int population = invitations.population(period, offices);
    int required = Ikm.requiredSample(population);
    String followUp = offices.single().flatMap(office -> followUp(office, period.key())).orElse(null);
    if (answers.isEmpty()) {
      return new Result(period.key(), period.label(), 0, population, required, false, null, null, null,
          List.of(), followUp);
    }
    Ikm ikm = Ikm.of(answers);
    List<ElementRow> elements = new ArrayList<>();
    for (SurveyElement element : SurveyElement.values()) {
      elements.add(new ElementRow(element.code(), element.label(), ikm.nrrShown(element)));
    }
    return new Result(period.key(), period.label(), answers.size(), population, required, answers.size() >= required,
        ikm.indexText(), ikm.category().name(), ikm.category().label(), elements, followUp);
  }

  /** Each office's index for the period, from one sum per office; offices without answers are absent. */
  public Map<String, Ikm> indexByOffice(SurveyPeriod period) {
    Map<String, Ikm> indexes = new LinkedHashMap<>();
    jdbc.query("select office_id, count(*), sum(u1), sum(u2), sum(u3), sum(u4), sum(u5), sum(u6), sum(u7), sum(u8), sum(u9)"
        + " from survey_answer where service_month between ? and ? group by office_id", rs -> {
          long[] totals = new long[9];
          for (int k = 0; k < 9; k++) {
            totals[k] = rs.getLong(k + 3);
          }
          indexes.put(rs.getString(1), Ikm.ofTotals(totals, rs.getInt(2)));
        }, period.first().toString(), period.last().toString());
    return indexes;
  }

  /** The index per answer to each profile question, "Tidak diisi" for those who left it out. */
  public List<GroupRow> byGroup(SurveyPeriod period, OfficeFilter offices) {
    List<GroupRow> rows = new ArrayList<>();
    for (RespondentProfile question : RespondentProfile.values()) {
      List<String> values = new ArrayList<>(question.options().keySet());
      values.add(null);
      for (String value : values) {
        List<int[]> answers = scores(period, offices, column(question), value);
        if (!answers.isEmpty()) {
          Ikm ikm = Ikm.of(answers);
          rows.add(new GroupRow(question.label(), question.labelOf(value), answers.size(), ikm.indexText(),
              ikm.category().name()));
        }
      }
    }
    return rows;
  }

  public List<MonthRow> trend(SurveyPeriod period, OfficeFilter offices) {
    List<MonthRow> rows = new ArrayList<>();
    for (YearMonth month : period.months()) {
      List<int[]> answers = scores(SurveyPeriod.month(month), offices, null, null);
      Ikm ikm = answers.isEmpty() ? null : Ikm.of(answers);
      rows.add(new MonthRow(month.toString(), SurveyPeriod.monthLabel(month), answers.size(),
          ikm == null ? null : ikm.indexText(), ikm == null ? null : ikm.category().name()));
    }
    return rows;
  }

  /** The suggestions of a period, newest first, with the day they were given (for the Ketua only). */
  public List<Map<String, Object>> suggestions(SurveyPeriod period, OfficeFilter offices) {
    return jdbc.query("select answered_on, service_month, suggestion from survey_answer where service_month between ? and ?"
        + " and suggestion is not null and " + offices.sql("office_id") + " order by answered_on desc", (rs, i) -> {
          Map<String, Object> row = new LinkedHashMap<>();
          row.put("answeredOn", rs.getDate("answered_on").toLocalDate().toString());
          row.put("serviceMonth", rs.getString("service_month"));
          row.put("suggestion", rs.getString("suggestion"));
          return row;
        }, period.first().toString(), period.last().toString());
  }

  public Optional<String> followUp(String office, String period) {
    return jdbc.queryForList("select text from survey_follow_up where office_id = ? and period = ?", String.class, office,
        period).stream().findFirst();
  }

  /** Writes (or rewrites) an office's follow-up of a period. */
  public void writeFollowUp(String office, SurveyPeriod period, String text, String by) {
    Timestamp now = Timestamp.from(clock.instant());
    if (jdbc.update("update survey_follow_up set text = ?, written_by = ?, written_at = ? where office_id = ? and period = ?",
        text, by, now, office, period.key()) == 0) {
      jdbc.update("insert into survey_follow_up (office_id, period, text, written_by, written_at) values (?,?,?,?,?)", office,
          period.key(), text, by, now);
    }
  }

  private List<int[]> scores(SurveyPeriod period, OfficeFilter offices, String column, String value) {
    String where = "service_month between ? and ? and " + offices.sql("office_id");
    List<Object> arguments = new ArrayList<>(List.of(period.first().toString(), period.last().toString()));
    if (column != null) {
      if (value == null) {
        where += " and " + column + " is null";
      } else {
        where += " and " + column + " = ?";
        arguments.add(value);
      }
    }
    return jdbc.query("select u1, u2, u3, u4, u5, u6, u7, u8, u9 from survey_answer where " + where, (rs, i) -> {
      int[] scores = new int[9];
      for (int k = 0; k < 9; k++) {
        scores[k] = rs.getInt(k + 1);
      }
      return scores;
    }, arguments.toArray());
  }

  private static String column(RespondentProfile question) {
    return switch (question) {
      case AGE -> "age_group";
      case SEX -> "sex";
      case EDUCATION -> "education";
      case OCCUPATION -> "occupation";
    };
  }
}
