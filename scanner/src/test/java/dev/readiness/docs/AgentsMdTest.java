package dev.readiness.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps AGENTS.md true: every path, class and Maven module it names in backticks exists, so an
 * agent that follows it never reaches for a file that was renamed or removed.
 */
class AgentsMdTest {
  private static final Path ROOT = Path.of("..");
  private static final Pattern CODE = Pattern.compile("`([^`\\n]+)`");
  private static final Pattern CLASS_NAME = Pattern.compile("[A-Z][a-z]+(?:[A-Z][a-z0-9]*)+");
  private static final Pattern MODULE = Pattern.compile("-pl (\\w+)");
  private static final Set<String> SKIPPED_DIRS = Set.of(".git", "target", "node_modules");

  private static List<String> spans;
  private static Set<String> tracked;

  @BeforeAll
  static void read() throws IOException {
    String text = Files.readString(ROOT.resolve("AGENTS.md"), StandardCharsets.UTF_8);
    spans = new ArrayList<>();
    Matcher m = CODE.matcher(text);
    while (m.find()) {
      spans.add(m.group(1).trim());
    }
    tracked = new TreeSet<>();
    try (Stream<Path> walk = Files.walk(ROOT)) {
      walk.filter(p -> p.getNameCount() < 2 || !skipped(p))
          .map(p -> ROOT.relativize(p).toString().replace('\\', '/'))
          .filter(p -> !p.isEmpty())
          .forEach(p -> tracked.add(Files.isDirectory(ROOT.resolve(p)) ? p + "/" : p));
    }
  }

  private static boolean skipped(Path p) {
    for (Path part : ROOT.relativize(p)) {
      if (SKIPPED_DIRS.contains(part.toString())) {
        return true;
      }
    }
    return false;
  }

  @Test
  void namesAtLeastTheCommandsAndLayoutItDocuments() {
    assertThat(spans).contains("bash .ci/run", "mvn -B verify");
    assertThat(paths()).hasSizeGreaterThan(20);
  }

  @Test
  void everyPathItNamesExists() {
    List<String> missing = new ArrayList<>();
    for (String path : paths()) {
      if (!exists(path)) {
        missing.add(path);
      }
    }
    assertThat(missing).as("paths named in AGENTS.md that do not exist").isEmpty();
  }

  @Test
  void everyClassItNamesExists() {
    List<String> missing = new ArrayList<>();
    for (String span : spans) {
      String name = span.contains("/") ? span.substring(span.lastIndexOf('/') + 1) : span;
      if (CLASS_NAME.matcher(name).matches()
          && tracked.stream().noneMatch(p -> p.endsWith("/" + name + ".java"))) {
        missing.add(name);
      }
    }
    assertThat(missing).as("classes named in AGENTS.md that do not exist").isEmpty();
  }

  @Test
  void everyMavenModuleItNamesExists() {
    for (String span : spans) {
      Matcher m = MODULE.matcher(span);
      while (m.find()) {
        assertThat(ROOT.resolve(m.group(1)).resolve("pom.xml")).as(span).exists();
      }
    }
  }

  /**
   * Words in backticks that are paths: they contain a slash (or start with a dot) and no
   * placeholder, wildcard or shell syntax. A command's path arguments count too.
   */
  private static List<String> paths() {
    List<String> out = new ArrayList<>();
    for (String span : spans) {
      for (String word : span.split("\\s+")) {
        String w = word.replaceAll("[,;:)]+$", "");
        boolean pathLike = w.contains("/") || w.startsWith(".") && w.length() > 1;
        boolean placeholder =
            w.matches(".*[<>*~$=|{}].*") || w.contains("...") || w.contains("://");
        // "/metrics" and the like are HTTP paths, not files
        if (pathLike && !placeholder && !w.startsWith("-") && !w.startsWith("/")) {
          out.add(w);
        }
      }
    }
    return out;
  }

  /** At the root, or (for paths given relative to a layout heading) at the end of a real path. */
  private static boolean exists(String path) {
    String p = path.startsWith("./") ? path.substring(2) : path;
    if (tracked.contains(p) || tracked.contains(p + "/")) {
      return true;
    }
    // "architecture/LayeringTest" names scanner/src/test/.../architecture/LayeringTest.java
    Pattern named = Pattern.compile("(.*/)?" + Pattern.quote(p) + "(/|\\.\\w+)?");
    return tracked.stream().anyMatch(t -> named.matcher(t).matches());
  }
}
