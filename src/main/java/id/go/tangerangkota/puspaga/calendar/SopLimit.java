package id.go.tangerangkota.puspaga.calendar;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.TimeDate;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;

/**
 * An SOP limit as written in the model ({@code ${sopDeadline.workingDays(7)}}), read back so that
 * open deadlines can be recomputed from the model itself when the calendar changes.
 */
public record SopLimit(Kind kind, int amount) {

  public enum Kind { WORKING_DAYS, DAYS, PROGRAM_END }

  private static final Pattern EXPRESSION =
      Pattern.compile("\\$\\{\\s*sopDeadline\\.(workingDays|days|programEnd)\\(\\s*([^)]*?)\\s*\\)\\s*}");

  public static Optional<SopLimit> parse(String expression) {
    if (expression == null) {
      return Optional.empty();
    }
    Matcher matcher = EXPRESSION.matcher(expression.strip());
    if (!matcher.matches()) {
      return Optional.empty();
    }
    return Optional.of(
        switch (matcher.group(1)) {
          case "workingDays" -> new SopLimit(Kind.WORKING_DAYS, Integer.parseInt(matcher.group(2)));
          case "days" -> new SopLimit(Kind.DAYS, Integer.parseInt(matcher.group(2)));
          default -> new SopLimit(Kind.PROGRAM_END, 0);
        });
  }

  /** The expression of a timer boundary event's date ({@code timeDate}), as the model writes it; null without one. */
  public static String timerExpression(BoundaryEvent boundary) {
    return boundary.getEventDefinitions().stream()
        .filter(TimerEventDefinition.class::isInstance)
        .map(definition -> ((TimerEventDefinition) definition).getTimeDate())
        .filter(Objects::nonNull)
        .map(TimeDate::getTextContent)
        .findFirst()
        .orElse(null);
  }

  /** The limit as the SOP writes it: "7 hari kerja", "2 hari", "sampai akhir periode program". */
  public String text() {
    return switch (kind) {
      case WORKING_DAYS -> amount + " hari kerja";
      case DAYS -> amount + " hari";
      case PROGRAM_END -> "sampai akhir periode program";
    };
  }

  /** The deadline this limit gives for a step that started at {@code start}. */
  public ZonedDateTime deadline(WorkingDayCalendar calendar, Instant start, Supplier<Object> programEndDate) {
    return switch (kind) {
      case WORKING_DAYS -> calendar.workingDaysAfter(start, amount);
      case DAYS -> calendar.daysAfter(start, amount);
      case PROGRAM_END -> calendar.endOfPeriod(SopDeadline.programEndDate(programEndDate.get(), calendar));
    };
  }
}
