package id.go.tangerangkota.puspaga.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.Yaml;

/** docker-compose.yml read as Compose reads it: services, healthchecks and ${VARIABLE} interpolation from .env. */
public final class ComposeFile {

  // ${NAME}, ${NAME:-default}, ${NAME-default}, ${NAME:?error}, ${NAME?error}; $$ is a literal $.
  private static final Pattern VARIABLE = Pattern.compile("\\$\\$|\\$\\{([A-Z_][A-Z0-9_]*)(?:(:?[-?])([^}]*))?}");

  private final String text;
  private final Map<String, Object> document;

  private ComposeFile(String text) {
    this.text = text;
    this.document = new Yaml().load(text);
  }

  public static ComposeFile read(Path file) {
    try {
      return new ComposeFile(Files.readString(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Map<String, Object> document() {
    return document;
  }

  @SuppressWarnings("unchecked")
  public Map<String, Map<String, Object>> services() {
    return (Map<String, Map<String, Object>>) document.get("services");
  }

  public Map<String, Object> service(String name) {
    Map<String, Object> service = services().get(name);
    if (service == null) {
      throw new IllegalArgumentException("no service " + name);
    }
    return service;
  }

  @SuppressWarnings("unchecked")
  public List<String> healthcheck(String service) {
    Map<String, Object> healthcheck = (Map<String, Object>) service(service).get("healthcheck");
    return healthcheck == null ? List.of() : (List<String>) healthcheck.get("test");
  }

  /** The service's environment as written, before interpolation. */
  @SuppressWarnings("unchecked")
  public Map<String, String> environment(String service) {
    Map<String, String> environment = new LinkedHashMap<>();
    ((Map<String, Object>) service(service).get("environment")).forEach((name, value) -> environment.put(name, String.valueOf(value)));
    return environment;
  }

  /** The environment the container gets, with the variables of a .env file substituted as Compose does. */
  public Map<String, String> environment(String service, Map<String, String> dotEnv) {
    Map<String, String> environment = new LinkedHashMap<>();
    environment(service).forEach((name, value) -> environment.put(name, interpolate(value, dotEnv)));
    return environment;
  }

  public Set<String> interpolatedVariables() {
    Set<String> names = new TreeSet<>();
    Matcher matcher = VARIABLE.matcher(text);
    while (matcher.find()) {
      if (matcher.group(1) != null) {
        names.add(matcher.group(1));
      }
    }
    return names;
  }

  public Set<String> requiredVariables() {
    Set<String> names = new TreeSet<>();
    Matcher matcher = VARIABLE.matcher(text);
    while (matcher.find()) {
      if (matcher.group(2) != null && matcher.group(2).endsWith("?")) {
        names.add(matcher.group(1));
      }
    }
    return names;
  }

  static String interpolate(String value, Map<String, String> dotEnv) {
    Matcher matcher = VARIABLE.matcher(value);
    StringBuilder result = new StringBuilder();
    while (matcher.find()) {
      String replacement;
      if (matcher.group(1) == null) {
        replacement = "$";
      } else {
        String set = dotEnv.get(matcher.group(1));
        String operator = matcher.group(2);
        boolean missing = operator != null && operator.startsWith(":") ? set == null || set.isEmpty() : set == null;
        if (!missing) {
          replacement = set;
        } else if (operator == null) {
          replacement = "";
        } else if (operator.endsWith("-")) {
          replacement = matcher.group(3);
        } else {
          throw new IllegalArgumentException("required variable " + matcher.group(1) + " missing: " + matcher.group(3));
        }
      }
      matcher.appendReplacement(result, Matcher.quoteReplacement(replacement));
    }
    matcher.appendTail(result);
    return result.toString();
  }
}
