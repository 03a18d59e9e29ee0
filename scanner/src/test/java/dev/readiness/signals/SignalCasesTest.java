package dev.readiness.signals;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.readiness.catalog.Catalog;
import dev.readiness.catalog.SignalDefinition;
import dev.readiness.engine.Report;
import dev.readiness.engine.SignalResult;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every case of signal-cases/&lt;pillar&gt;.yaml: a realistic fixture tree, the status it must
 * produce and, where given, a text one evidence line must contain.
 */
class SignalCasesTest {
  record Case(String signal, String expect, Map<String, String> files, String evidence) {
    @Override
    public String toString() {
      return signal + " -> " + expect + " " + files.keySet();
    }
  }

  /**
   * The case files: the original catalogue, and the regression cases of the calibration on real
   * repositories (docs/calibration.md), one synthetic tree per false judgment found.
   */
  static final List<String> FILES =
      java.util.stream.Stream.concat(
              java.util.Arrays.stream(dev.readiness.catalog.Pillar.values())
                  .map(p -> "/fixtures/signal-cases/" + p.id() + ".yaml"),
              Stream.of("/fixtures/calibration-cases.yaml"))
          .toList();

  static List<Case> cases() throws IOException {
    List<Case> out = new java.util.ArrayList<>();
    for (String file : FILES) {
      try (InputStream in = SignalCasesTest.class.getResourceAsStream(file)) {
        if (in == null) {
          throw new IOException("no case file " + file);
        }
        out.addAll(
            new ObjectMapper(new YAMLFactory()).readValue(in, new TypeReference<List<Case>>() {}));
      }
    }
    return out;
  }

  static Stream<Case> all() throws IOException {
    return cases().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("all")
  void signalHasExpectedStatus(Case c, @TempDir Path dir) throws IOException {
    Report report = Fixtures.scan(Fixtures.write(dir, c.files()));
    assertThat(report.signals())
        .as("%s: no detector fails on this tree (an undeclared probe word, a bug)", c)
        .noneMatch(s -> s.reason() != null && s.reason().startsWith("detector error"));
    SignalResult r = Fixtures.signal(report, c.signal());
    assertThat(r.status().id())
        .as("%s: evidence %s, reason '%s'", c, r.evidence(), r.reason())
        .isEqualTo(c.expect());
    if (c.evidence() != null) {
      assertThat(r.evidence()).as("%s: evidence", c).anyMatch(e -> e.contains(c.evidence()));
    }
  }

  @Test
  void everyCatalogSignalHasAPassingAndANonPassingCase() throws IOException {
    Map<String, Set<String>> seen =
        cases().stream()
            .collect(
                Collectors.groupingBy(
                    Case::signal, Collectors.mapping(Case::expect, Collectors.toSet())));
    Set<String> forgeOnly = Set.of("fast_ci_feedback", "backlog_health", "branch_protection");
    Set<String> historyBased =
        Set.of("deployment_frequency", "agentic_development", "documentation_freshness");
    Set<String> measured = Set.of("file_size_limit", "function_size_limit", "complexity_limit");
    Set<String> missing = new TreeSet<>();
    for (SignalDefinition d : Catalog.defaults().signals()) {
      Set<String> s = seen.getOrDefault(d.id(), Set.of());
      boolean ok =
          forgeOnly.contains(d.id())
              ? s.contains("unknown")
              : historyBased.contains(d.id()) || measured.contains(d.id())
                  ? !s.isEmpty() // + GitSignalsTest, MeasuredSignalsTest
                  : s.contains("pass") && (s.contains("fail") || s.contains("skip"));
      if (!ok) {
        missing.add(d.id());
      }
    }
    assertThat(missing).as("signals without positive and negative fixture cases").isEmpty();
  }

  @Test
  void everyCatalogSignalHasADetectorAndNoDetectorIsOrphaned() {
    Set<String> catalog =
        Catalog.defaults().signals().stream()
            .map(SignalDefinition::id)
            .collect(Collectors.toCollection(TreeSet::new));
    assertThat(new TreeSet<>(Signals.ids())).isEqualTo(catalog);
  }
}
