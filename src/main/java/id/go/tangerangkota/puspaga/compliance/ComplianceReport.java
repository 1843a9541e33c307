package id.go.tangerangkota.puspaga.compliance;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** The Ketua's figures of SOP compliance for one period, as {@code /api/compliance} answers them. */
public record ComplianceReport(
    Period period,
    OffsetDateTime generatedAt,
    String processDefinitionId,
    List<StepFigures> steps,
    List<Load> lanes,
    List<Load> officers) {

  public record Period(String code, String label, LocalDate start, LocalDate lastDay) {

    public static Period of(CompliancePeriod period) {
      return new Period(period.code(), period.label(), period.start(), period.lastDay());
    }
  }

  /**
   * One SOP step: now (open, overdue) and in the period (breaches recorded; tasks completed, how
   * long they took in the limit's unit, how many by their deadline).
   */
  public record StepFigures(
      int step,
      String activityId,
      String name,
      String lane,
      String laneName,
      String limit,
      Integer limitAmount,
      String unit,
      long open,
      long overdue,
      long breaches,
      long completed,
      long completedWithinLimit,
      Integer withinLimitPercent,
      Integer median,
      Integer p90,
      Status status) {

    /** The status in the Ketua's words, for the plugin and the monthly report alike. */
    @JsonProperty("statusText")
    public String statusText() {
      return status.text();
    }
  }

  /** Green: 9 in 10 within the limit; amber: the median within it; red: the median beyond it. */
  public enum Status {
    GREEN("sesuai batas"), AMBER("perlu perhatian"), RED("melewati batas"), NONE("belum ada yang selesai");

    private final String text;

    Status(String text) {
      this.text = text;
    }

    public String text() {
      return text;
    }
  }

  /**
   * A request behind a figure, as the Ketua's list links it: to its Cockpit page while running,
   * else to its archive record. Completed tasks also say when and how long they took.
   */
  public record InstanceRow(
      String processInstanceId,
      String businessKey,
      String task,
      String assignee,
      String assigneeName,
      OffsetDateTime due,
      boolean running,
      @JsonInclude(JsonInclude.Include.NON_NULL) OffsetDateTime completedAt,
      @JsonInclude(JsonInclude.Include.NON_NULL) Integer taken) {}

  /** Open and overdue tasks of a lane or an officer ({@code id} null: tasks nobody has claimed). */
  public record Load(String id, String name, long open, long overdue) {}
}
