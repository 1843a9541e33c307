package id.go.tangerangkota.puspaga.office;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which offices' rows a query of our own tables counts: the offices named, or every office
 * ({@link #ALL}, for the platform's own work and {@code camunda-admin}). Ids are four digits,
 * checked when an office is onboarded, so they may be written into SQL as they are.
 */
public record OfficeFilter(Set<String> offices) {

  public static final OfficeFilter ALL = new OfficeFilter(null);

  public OfficeFilter {
    offices = offices == null ? null : offices.stream().filter(id -> id.matches("\\d{4}")).collect(Collectors.toUnmodifiableSet());
  }

  public static OfficeFilter of(String office) {
    return new OfficeFilter(Set.of(office));
  }

  /** The one office the filter names, if it names exactly one. */
  public Optional<String> single() {
    return offices != null && offices.size() == 1 ? offices.stream().findFirst() : Optional.empty();
  }

  public boolean allows(String office) {
    return offices == null || offices.contains(office);
  }

  /**
   * A SQL condition on a column holding a request's process instance id: the request is one of the
   * offices' (its anonymous statistics, which outlive its history, name its office).
   */
  public String sqlForRequest(String column) {
    return offices == null ? "1=1"
        : column + " in (select s.process_instance_id from request_statistics s where " + sql("s.office_id") + ")";
  }

  /** A SQL condition on a column holding the office id: {@code 1=1}, {@code 1=0} or {@code column in ('3671')}. */
  public String sql(String column) {
    if (offices == null) {
      return "1=1";
    }
    return offices.isEmpty() ? "1=0"
        : column + " in (" + offices.stream().sorted().map(id -> "'" + id + "'").collect(Collectors.joining(",")) + ")";
  }
}
