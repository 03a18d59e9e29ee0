package dev.readiness.operator.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The Grafana dashboards under dashboards/, and the PromQL their panels and variables run. */
public final class Dashboards {
  public static final Path DIRECTORY = Path.of("..", "dashboards");
  private static final Pattern METRIC =
      Pattern.compile("\\b((?:readiness|operator_sdk|jvm)_[a-z_]+)\\b");
  private static final Pattern LABEL_VALUES =
      Pattern.compile("label_values\\((.+),\\s*([a-z_]+)\\)");

  /** One query: where it comes from, and its PromQL. */
  public record Query(String where, String expr) {}

  private Dashboards() {}

  public static Map<String, JsonNode> load() throws IOException {
    Map<String, JsonNode> out = new java.util.TreeMap<>();
    try (Stream<Path> files = Files.list(DIRECTORY)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
        out.put(f.getFileName().toString(), new ObjectMapper().readTree(f.toFile()));
      }
    }
    return out;
  }

  /** Panel targets and query variables (label_values rewritten as plain PromQL). */
  public static List<Query> queries(String file, JsonNode dashboard) {
    List<Query> out = new ArrayList<>();
    for (JsonNode panel : dashboard.path("panels")) {
      for (JsonNode t : panel.path("targets")) {
        out.add(new Query(file + " / " + panel.path("title").asText(), t.path("expr").asText()));
      }
    }
    for (JsonNode v : dashboard.path("templating").path("list")) {
      if ("query".equals(v.path("type").asText())) {
        Matcher m = LABEL_VALUES.matcher(v.path("query").path("query").asText());
        if (m.matches()) {
          out.add(
              new Query(
                  file + " / $" + v.path("name").asText(),
                  "group by (" + m.group(2) + ") (" + m.group(1) + ")"));
        }
      }
    }
    return out;
  }

  /** Metric names a query reads, without histogram suffixes. */
  public static Set<String> metrics(String expr) {
    Set<String> names = new TreeSet<>();
    Matcher m = METRIC.matcher(expr);
    while (m.find()) {
      names.add(m.group(1).replaceFirst("_bucket$", ""));
    }
    return names;
  }

  /** Fills Grafana's variables the way a user picking one repository would. */
  public static String resolve(String expr, String namespace, String assessment) {
    return expr.replace("=~\"$namespace\"", "=~\".*\"")
        .replace("=~\"$policy\"", "=~\".*\"")
        .replace("=~\"$team\"", "=~\".*\"")
        .replace("\"$namespace\"", "\"" + namespace + "\"")
        .replace("\"$assessment\"", "\"" + assessment + "\"")
        .replace("$__rate_interval", "1m");
  }
}
