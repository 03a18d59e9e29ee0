package dev.readiness.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.engine.Report;
import dev.readiness.signals.Fixtures;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The text report fits a terminal however large the repository; JSON keeps the full lists. */
class TextReportTest {
  private static final int PACKAGES = 240;
  @TempDir Path dir;

  /** A pnpm workspace of 240 small packages, none with tests. */
  private Report monorepo() {
    Map<String, String> files = new HashMap<>();
    files.put("package.json", "{\"name\":\"mono\",\"private\":true}\n");
    files.put("pnpm-workspace.yaml", "packages:\n  - 'packages/*'\n");
    files.put("README.md", "# Mono\n\nA workspace of small packages.\n");
    for (int i = 0; i < PACKAGES; i++) {
      String p = "packages/pkg-" + i + "/";
      files.put(p + "package.json", "{\"name\":\"@mono/pkg-" + i + "\",\"version\":\"1.0.0\"}\n");
      files.put(p + "index.js", "export function f" + i + "(x) {\n  return x + " + i + ";\n}\n");
    }
    return Fixtures.scan(Fixtures.write(dir.resolve("mono"), files));
  }

  @Test
  void everyLineOfAMonorepoReportIsAtMost120Columns() throws Exception {
    Report r = monorepo();
    assertThat(r.apps()).hasSizeGreaterThan(200);
    String text = TextReport.render(r, false);
    assertThat(text.lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(120));
    assertThat(text).containsPattern("failing: [^\\n]*pkg-[^\\n]* and \\d{3} more");
    String json = JsonReport.render(r);
    for (int i = 0; i < PACKAGES; i++) {
      assertThat(json).as("JSON keeps every app").contains("packages/pkg-" + i + "\"");
    }
  }

  @Test
  void aTrailingListKeepsItsFirstItemsAndCountsTheRest() {
    String items = String.join(", ", java.util.Collections.nCopies(50, "packages/some-app"));
    String line =
        TextLines.reason(
            "  ✗ unit_tests_exist (L1, testing): ", "3/53 apps pass; failing: " + items);
    assertThat(line)
        .endsWith("packages/some-app, packages/some-app and 48 more\n")
        .hasSizeLessThanOrEqualTo(121);
    assertThat(line.lines()).hasSize(1);
    String gate =
        TextLines.list("  L2 no   3/7 need 6,  19 pts", "  failing: ", List.of("a", "b", "c"));
    assertThat(gate).isEqualTo("  L2 no   3/7 need 6,  19 pts  failing: a, b, c\n");
  }

  @Test
  void proseWithAColonIsWrappedNeverCutAsIfItWereAList() {
    String remediation =
        "Simplify the most complex functions: early returns, smaller helpers, table-driven"
            + " dispatch, and fewer boolean parameters; keep each under a complexity of fifteen";
    String out =
        TextLines.fit("  + complexity_limit                 L3  4 pts medium ", remediation);
    assertThat(out).doesNotContain("more");
    assertThat(out.replace("\n", " ").replaceAll(" +", " ")).contains("fifteen");
    assertThat(out.lines()).allSatisfy(l -> assertThat(l).hasSizeLessThanOrEqualTo(120));
  }

  @Test
  void longProseWrapsUnderAHangingIndentAndAShortLineIsUntouched() {
    String prose = "word ".repeat(60).strip();
    String out = TextLines.fit("  + readme  ", prose);
    assertThat(out.lines())
        .hasSizeGreaterThan(2)
        .allSatisfy(l -> assertThat(l).hasSizeLessThanOrEqualTo(120));
    assertThat(out.lines().skip(1)).allSatisfy(l -> assertThat(l).startsWith("            word"));
    assertThat(out.replace("\n", " ").replaceAll(" +", " ").strip()).isEqualTo("+ readme " + prose);
    assertThat(TextLines.fit("head: ", "short")).isEqualTo("head: short\n");
    assertThat(TextLines.fit("", "x".repeat(300)).lines())
        .allSatisfy(l -> assertThat(l).hasSizeLessThanOrEqualTo(120));
  }
}
