package id.go.tangerangkota.puspaga.calendar;

import java.io.Reader;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads the working-day calendar file (YAML) that an office admin edits when a new SKB 3 Menteri
 * comes out. It is read as a node tree, not bound to objects, so that every error can name the
 * line an admin has to fix.
 */
public final class CalendarFile {

  private static final String DEFAULT_ZONE = "Asia/Jakarta";
  private static final String DEFAULT_OPEN = "08:00";
  private static final String DEFAULT_CLOSE = "16:00";

  private final String source;

  private CalendarFile(String source) {
    this.source = source;
  }

  public static WorkingDayCalendar parse(Reader reader, String source, IntConsumer unconfirmedYearWarning) {
    return new CalendarFile(source).read(reader, unconfirmedYearWarning);
  }

  private WorkingDayCalendar read(Reader reader, IntConsumer unconfirmedYearWarning) {
    Node root;
    try {
      root = new Yaml(new LoaderOptions()).compose(reader);
    } catch (MarkedYAMLException e) {
      throw new CalendarFileException(
          source + " line " + (e.getProblemMark().getLine() + 1) + ": not valid YAML: " + e.getProblem(), e);
    } catch (YAMLException e) {
      throw new CalendarFileException(source + ": not valid YAML: " + e.getMessage(), e);
    }
    if (root == null) {
      throw new CalendarFileException(source + " line 1: the file is empty");
    }
    Map<String, Node> top = mapping(root, "the calendar file", Set.of("zone", "office-hours", "weekend", "years"));
    ZoneId zone = zone(top.get("zone"));
    LocalTime open = LocalTime.parse(DEFAULT_OPEN);
    LocalTime close = LocalTime.parse(DEFAULT_CLOSE);
    Node hoursNode = top.get("office-hours");
    if (hoursNode != null) {
      Map<String, Node> hours = mapping(hoursNode, "office-hours", Set.of("open", "close"));
      open = time(hours.get("open"), DEFAULT_OPEN);
      close = time(hours.get("close"), DEFAULT_CLOSE);
      if (!open.isBefore(close)) {
        throw error(hoursNode, "office-hours: open (" + open + ") must be before close (" + close + ")");
      }
    }
    Set<DayOfWeek> weekend = weekend(top.get("weekend"));
    Node yearsNode = required(top, "years", root);
    List<CalendarYear> years = new ArrayList<>();
    for (NodeTuple tuple : mappingNode(yearsNode, "years").getValue()) {
      years.add(year(tuple.getKeyNode(), tuple.getValueNode()));
    }
    return new WorkingDayCalendar(zone, open, close, weekend, years, unconfirmedYearWarning);
  }

  private ZoneId zone(Node node) {
    if (node == null) {
      return ZoneId.of(DEFAULT_ZONE);
    }
    try {
      return ZoneId.of(scalar(node, "zone"));
    } catch (DateTimeException e) {
      throw error(node, "zone: unknown time zone '" + scalar(node, "zone") + "' (e.g. Asia/Jakarta)");
    }
  }

  private LocalTime time(Node node, String fallback) {
    String text = node == null ? fallback : scalar(node, "office-hours");
    try {
      return LocalTime.parse(text);
    } catch (DateTimeException e) {
      throw error(node, "office-hours: '" + text + "' is not a time of day like 08:00");
    }
  }

  private Set<DayOfWeek> weekend(Node node) {
    if (node == null) {
      return EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
    }
    if (!(node instanceof SequenceNode list)) {
      throw error(node, "weekend: expected a list of days, e.g. [saturday, sunday]");
    }
    Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
    for (Node item : list.getValue()) {
      String text = scalar(item, "weekend");
      try {
        days.add(DayOfWeek.valueOf(text.toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        throw error(item, "weekend: '" + text + "' is not a day of the week (monday ... sunday)");
      }
    }
    return days;
  }

  private CalendarYear year(Node keyNode, Node valueNode) {
    String key = scalar(keyNode, "years");
    int year;
    try {
      year = Integer.parseInt(key);
    } catch (NumberFormatException e) {
      throw error(keyNode, "years: '" + key + "' is not a year");
    }
    String where = "year " + year;
    Map<String, Node> entry = mapping(valueNode, where, Set.of("status", "decrees", "holidays"));
    Node statusNode = required(entry, "status", valueNode);
    String status = scalar(statusNode, where + " status");
    boolean confirmed =
        switch (status) {
          case "confirmed" -> true;
          case "unconfirmed" -> false;
          default -> throw error(statusNode, where + ": status must be 'confirmed' or 'unconfirmed', not '" + status + "'");
        };
    List<String> decrees = new ArrayList<>();
    Node decreesNode = entry.get("decrees");
    if (decreesNode != null) {
      for (Node item : sequence(decreesNode, where + " decrees").getValue()) {
        decrees.add(scalar(item, where + " decrees"));
      }
    }
    if (confirmed && decrees.isEmpty()) {
      throw error(statusNode, where + ": a confirmed year must name the decrees (SKB) it rests on");
    }
    List<Holiday> holidays = new ArrayList<>();
    Node holidaysNode = entry.get("holidays");
    if (holidaysNode != null) {
      Set<LocalDate> seen = new HashSet<>();
      for (Node item : sequence(holidaysNode, where + " holidays").getValue()) {
        Holiday holiday = holiday(item, year);
        if (!seen.add(holiday.date())) {
          throw error(item, where + ": " + holiday.date() + " is listed twice");
        }
        holidays.add(holiday);
      }
    }
    return new CalendarYear(year, confirmed, decrees, holidays);
  }

  private Holiday holiday(Node node, int year) {
    String where = "year " + year + " holiday";
    Map<String, Node> fields = mapping(node, where, Set.of("date", "type", "name"));
    Node dateNode = required(fields, "date", node);
    String dateText = scalar(dateNode, where + " date");
    LocalDate date;
    try {
      date = LocalDate.parse(dateText);
    } catch (DateTimeException e) {
      throw error(dateNode, where + ": '" + dateText + "' is not a date like " + year + "-08-17");
    }
    if (date.getYear() != year) {
      throw error(dateNode, where + ": " + date + " is not in " + year);
    }
    Node typeNode = required(fields, "type", node);
    String typeText = scalar(typeNode, where + " type");
    HolidayType type = HolidayType.fromFileName(typeText);
    if (type == null) {
      throw error(typeNode, where + ": type must be 'libur-nasional' or 'cuti-bersama', not '" + typeText + "'");
    }
    Node nameNode = required(fields, "name", node);
    String name = scalar(nameNode, where + " name").strip();
    if (name.isEmpty()) {
      throw error(nameNode, where + ": the name of " + date + " is empty");
    }
    return new Holiday(date, type, name);
  }

  private Map<String, Node> mapping(Node node, String where, Set<String> allowedKeys) {
    Map<String, Node> result = new LinkedHashMap<>();
    for (NodeTuple tuple : mappingNode(node, where).getValue()) {
      String key = scalar(tuple.getKeyNode(), where);
      if (!allowedKeys.contains(key)) {
        throw error(tuple.getKeyNode(), where + ": unknown key '" + key + "' (expected one of " + allowedKeys + ")");
      }
      if (result.put(key, tuple.getValueNode()) != null) {
        throw error(tuple.getKeyNode(), where + ": key '" + key + "' appears twice");
      }
    }
    return result;
  }

  private MappingNode mappingNode(Node node, String where) {
    if (node instanceof MappingNode mapping) {
      return mapping;
    }
    throw error(node, where + ": expected a mapping of keys and values");
  }

  private SequenceNode sequence(Node node, String where) {
    if (node instanceof SequenceNode list) {
      return list;
    }
    throw error(node, where + ": expected a list");
  }

  private String scalar(Node node, String where) {
    if (node instanceof ScalarNode scalar) {
      return scalar.getValue();
    }
    throw error(node, where + ": expected a single value");
  }

  private Node required(Map<String, Node> fields, String key, Node parent) {
    Node node = fields.get(key);
    if (node == null) {
      throw error(parent, "missing key '" + key + "'");
    }
    return node;
  }

  private CalendarFileException error(Node node, String message) {
    return new CalendarFileException(source + " line " + (node.getStartMark().getLine() + 1) + ": " + message);
  }
}
