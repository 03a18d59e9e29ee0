package dev.readiness.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.readiness.engine.SignalResult;
import dev.readiness.facts.FactCollector;
import dev.readiness.signals.Fixtures;
import dev.readiness.signals.Signals;
import dev.readiness.signals.Status;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The labelled corpus (resources/secrets): realistic files with 15 leaks among documentation,
 * examples, encrypted material, public and publishable keys, templates and references. Prints the
 * figures docs/security.md quotes, and holds them: every leak found once, nothing else failing.
 */
class SecretCorpusTest {
  @TempDir Path dir;

  record Figures(int leaks, int found, int missed, int falsePositives, int doubleCounted) {}

  @Test
  void everyLeakIsFoundOnceAndNothingElseFails() throws Exception {
    Path corpus = copyCorpus(dir.resolve("corpus"));
    SignalResult s = Fixtures.signal(Fixtures.scan(corpus), "no_committed_secrets");
    assertThat(s.status()).isEqualTo(Status.FAIL);
    Map<String, Integer> perLine = new HashMap<>();
    TreeSet<String> named = new TreeSet<>();
    for (SecretFinding f :
        FactCollector.collect(corpus, Fixtures.CLOCK.instant(), Signals.probeWords(), m -> {})
            .secrets()) {
      if (f.fails()) {
        perLine.merge(f.path() + ":" + f.line(), 1, Integer::sum);
        named.add(f.path() + ":" + f.line() + " " + f.ruleId());
      }
    }
    TreeSet<String> labelled = labels(false);
    Figures f = figures(labelled, perLine);
    System.out.println("secrets corpus: " + f);
    perLine.keySet().stream()
        .filter(k -> !labelled.contains(k))
        .sorted()
        .forEach(k -> System.out.println("  false positive " + k));
    labelled.stream()
        .filter(k -> !perLine.containsKey(k))
        .forEach(k -> System.out.println("  missed " + k));
    assertThat(f.missed()).as("missed leaks").isZero();
    assertThat(new TreeSet<>(perLine.keySet())).as("findings").isEqualTo(labelled);
    assertThat(f.doubleCounted()).as("one secret, one finding").isZero();
    assertThat(named).as("each named by its own rule").isEqualTo(labels(true));
    assertThat(s.evidence())
        .as("values never printed")
        .noneMatch(ev -> ev.matches(".*[A-Za-z0-9]{12,}.*") && !ev.contains("…("));
  }

  static Figures figures(TreeSet<String> labelled, Map<String, Integer> perLine) {
    int found = (int) labelled.stream().filter(perLine::containsKey).count();
    int fp = (int) perLine.keySet().stream().filter(k -> !labelled.contains(k)).count();
    int doubles = (int) perLine.values().stream().filter(n -> n > 1).count();
    return new Figures(labelled.size(), found, labelled.size() - found, fp, doubles);
  }

  static TreeSet<String> labels(boolean withRule) throws IOException {
    try (InputStream in = SecretCorpusTest.class.getResourceAsStream("/secrets/labels.yaml")) {
      JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(in);
      TreeSet<String> out = new TreeSet<>();
      for (JsonNode leak : root.get("leaks")) {
        String where = leak.get("file").asText() + ":" + leak.get("line").asInt();
        out.add(withRule ? where + " " + leak.get("rule").asText() : where);
      }
      return out;
    }
  }

  /** The corpus with its "@@" markers removed: the values as a repository would hold them. */
  static Path copyCorpus(Path to) throws IOException, URISyntaxException {
    Path from = Path.of(SecretCorpusTest.class.getResource("/secrets/corpus").toURI());
    List<Path> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(from)) {
      walk.filter(Files::isRegularFile).forEach(files::add);
    }
    for (Path f : files) {
      Path target = to.resolve(from.relativize(f).toString());
      Files.createDirectories(target.getParent());
      Files.writeString(target, Files.readString(f).replace("@@", ""));
    }
    return to;
  }
}
