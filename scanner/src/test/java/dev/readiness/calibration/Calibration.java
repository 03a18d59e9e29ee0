package dev.readiness.calibration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.readiness.catalog.Catalog;
import dev.readiness.engine.Report;
import dev.readiness.engine.Scanner;
import dev.readiness.engine.SignalResult;
import dev.readiness.scoring.EffectivePolicy;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The calibration benchmark: scans local checkouts of the hand-labelled corpus in {@code
 * calibration/labels/} and prints, per repository, the level against its labelled range; per
 * signal, agreement with the labels and the confusion (label to scanner status); and whether every
 * exemplary repository earns more points than every immature one. docs/calibration.md shows how to
 * run it and records its figures.
 *
 * <p>Arguments: the labels directory and the directory holding one checkout per label, named {@code
 * owner__name}.
 */
public final class Calibration {
  /** A label cell the scanner answers with one of several signals: any passing one passes. */
  private static final Map<String, List<String>> COMPOSITE =
      Map.of(
          "security_scanning", List.of("secret_scanning", "dependency_scanning", "sast_scanning"));

  private Calibration() {}

  /** One labelled repository and what the scanner said of it. */
  record Row(String repo, String tier, int min, int max, int level, int points, boolean scanned) {
    boolean inRange() {
      return scanned && level >= min && level <= max;
    }
  }

  public static void main(String[] args) throws IOException {
    Path labels = Path.of(args.length > 0 ? args[0] : "calibration/labels");
    Path repos = Path.of(args.length > 1 ? args[1] : "/work/calib/repos");
    ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
    List<Row> rows = new ArrayList<>();
    Map<String, Map<String, Integer>> confusion = new TreeMap<>();
    List<String> disagreements = new ArrayList<>();
    List<Path> files;
    try (Stream<Path> s = Files.list(labels)) {
      files = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
    for (Path file : files) {
      JsonNode label = yaml.readTree(file.toFile());
      Path checkout = repos.resolve(file.getFileName().toString().replace(".yaml", ""));
      rows.add(compare(label, checkout, confusion, disagreements));
    }
    print(System.out, rows, confusion, disagreements);
  }

  private static Row compare(
      JsonNode label,
      Path checkout,
      Map<String, Map<String, Integer>> confusion,
      List<String> disagreements) {
    String repo = label.path("repository").asText();
    int min = label.path("expectedLevel").path("min").asInt();
    int max = label.path("expectedLevel").path("max").asInt();
    String tier = label.path("tier").asText();
    if (!Files.isDirectory(checkout)) {
      return new Row(repo, tier, min, max, -1, -1, false);
    }
    Report r = scan(checkout);
    Map<String, String> got = new TreeMap<>();
    for (SignalResult s : r.signals()) {
      got.put(s.id(), s.status().id());
    }
    label
        .path("signals")
        .properties()
        .forEach(
            e -> {
              String want = e.getValue().path("value").asText();
              String have = statusOf(e.getKey(), got);
              confusion
                  .computeIfAbsent(e.getKey(), k -> new TreeMap<>())
                  .merge(want + "->" + have, 1, Integer::sum);
              if (!agrees(want, have)) {
                disagreements.add(repo + " " + e.getKey() + ": label " + want + ", scan " + have);
              }
            });
    return new Row(repo, tier, min, max, r.score().level(), r.score().points(), true);
  }

  /** A fixed clock at the scan's own commit time would do too; history signals read git dates. */
  private static Report scan(Path checkout) {
    EffectivePolicy policy = EffectivePolicy.defaults();
    return new Scanner(Catalog.defaults(), Clock.fixed(Instant.now(), ZoneOffset.UTC))
        .scan(checkout, checkout.getFileName().toString(), null, policy, msg -> {});
  }

  static String statusOf(String cell, Map<String, String> got) {
    List<String> ids = COMPOSITE.getOrDefault(cell, List.of(cell));
    List<String> statuses = ids.stream().map(id -> got.getOrDefault(id, "missing")).toList();
    if (statuses.contains("pass")) {
      return "pass";
    }
    return statuses.contains("fail") ? "fail" : statuses.get(0);
  }

  /** A label's skip (does not apply) agrees with the scanner's skip or unknown. */
  static boolean agrees(String want, String have) {
    return want.equals(have) || "skip".equals(want) && "unknown".equals(have);
  }

  private static void print(
      PrintStream out,
      List<Row> rows,
      Map<String, Map<String, Integer>> confusion,
      List<String> disagreements) {
    out.println("| repository | tier | labelled range | scanner level | points | in range |");
    out.println("|---|---|---|---|---|---|");
    for (Row r : rows) {
      out.printf(
          Locale.ROOT,
          "| %s | %s | %d-%d | %s | %s | %s |%n",
          r.repo(),
          r.tier(),
          r.min(),
          r.max(),
          r.scanned() ? r.level() : "not checked out",
          r.scanned() ? r.points() : "",
          r.inRange() ? "yes" : "**no**");
    }
    long inRange = rows.stream().filter(Row::inRange).count();
    out.printf(Locale.ROOT, "%nrepositories in range: %d of %d%n", inRange, rows.size());
    printConfusion(out, confusion);
    out.println();
    disagreements.forEach(d -> out.println("disagreement: " + d));
    out.println("exemplary above every immature: " + separated(rows));
  }

  private static void printConfusion(PrintStream out, Map<String, Map<String, Integer>> confusion) {
    int agree = 0;
    int total = 0;
    out.println("\n| signal | agreement | label->scan counts |");
    out.println("|---|---|---|");
    for (var e : confusion.entrySet()) {
      int a = 0;
      int n = 0;
      for (var c : e.getValue().entrySet()) {
        String[] pair = c.getKey().split("->");
        n += c.getValue();
        a += agrees(pair[0], pair[1]) ? c.getValue() : 0;
      }
      agree += a;
      total += n;
      out.printf(Locale.ROOT, "| %s | %d/%d | %s |%n", e.getKey(), a, n, e.getValue());
    }
    out.printf(
        Locale.ROOT,
        "%nsignal cells agreeing: %d of %d (%.1f%%)%n",
        agree,
        total,
        total == 0 ? 0 : 100.0 * agree / total);
  }

  /** Whether the lowest exemplary score is above the highest immature one. */
  static boolean separated(List<Row> rows) {
    int lowestExemplary =
        rows.stream()
            .filter(r -> r.scanned() && "exemplary".equals(r.tier()))
            .mapToInt(Row::points)
            .min()
            .orElse(Integer.MAX_VALUE);
    int highestImmature =
        rows.stream()
            .filter(r -> r.scanned() && "immature".equals(r.tier()))
            .mapToInt(Row::points)
            .max()
            .orElse(Integer.MIN_VALUE);
    return lowestExemplary > highestImmature;
  }
}
