package dev.readiness.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RequiredLiteralsTest {
  /** Patterns the signals search documentation and workflows with, and harder shapes. */
  private static final List<String> PATTERNS =
      List.of(
          "(?i)\\bPII\\b|personal data",
          "(?i)\\bSTRIDE\\b|threat model",
          "(?im)^#+.*(data retention|privacy|gdpr|data deletion|right to be forgotten|data export)",
          "(?i)^FROM\\s+\\S+",
          "devShells?|mkShell",
          "cyclonedx|syft|sbom-action|--sbom|spdx|cdxgen|\\bsbom\\b",
          "(?im)^#+\\s*(troubleshoot|faq|debugging|common (problems|issues|errors))",
          "^sboms:",
          "a(b|c)?d+e{2,3}(?:fg|h)+",
          "x\\.y\\-z[0-9]*\\s?end",
          "(?i)colou?r (red|green)",
          "(^|/)(tests?|__tests__|specs?|fixtures?|mocks?|src/it)(/|$)",
          "(\\.min\\.(js|css)|_pb2(_grpc)?\\.py|[._-]generated\\.[a-z]+)$|(^|/)generated/");

  /** The literals the filter looks for. */
  private static List<String> literals(Pattern regex) {
    return RequiredLiterals.needles(regex).stream().map(Needle::literal).toList();
  }

  @Test
  void findsTheWordsADocumentationSearchNeeds() {
    assertThat(RequiredLiterals.analyse("(?i)\\bPII\\b|personal data"))
        .containsExactly("pii", "personal data");
    assertThat(RequiredLiterals.analyse(PATTERNS.get(2)))
        .containsExactly(
            "data retention",
            "privacy",
            "gdpr",
            "data deletion",
            "right to be forgotten",
            "data export");
    assertThat(RequiredLiterals.analyse("(?i)^FROM\\s+\\S+")).containsExactly("from");
    assertThat(RequiredLiterals.analyse("devShells?|mkShell"))
        .containsExactly("devshell", "mkshell");
  }

  @Test
  void keepsTheMostSelectiveRequirementOfASequence() {
    assertThat(RequiredLiterals.analyse("ab?cde+f")).containsExactly("cde");
    assertThat(RequiredLiterals.analyse("x(?:alpha|beta)y")).containsExactly("alpha", "beta");
    assertThat(RequiredLiterals.analyse("(?:alpha|beta)?gamma")).containsExactly("gamma");
    assertThat(RequiredLiterals.analyse("line\\n\\.end")).containsExactly("line\n.end");
  }

  @Test
  void dropsAlternativesThatContainAShorterOne() {
    assertThat(RequiredLiterals.analyse("(^|/)(tests?|__tests__|specs?|testing)/"))
        .containsExactly("test", "spec");
    assertThat(RequiredLiterals.analyse("mock|mock|mocks")).containsExactly("mock");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "(?=foo)bar",
        "(?x) foo bar",
        "(?u)straße",
        "\\Qfoo\\E",
        "(a)\\1",
        "x*",
        "foo|.*",
        "(?<name>abc)",
        "[abc",
        "a{x}"
      })
  void givesUpOnWhatItDoesNotModel(String regex) {
    assertThat(RequiredLiterals.analyse(regex)).isEmpty();
  }

  @Test
  void givesUpUnderFlagsThatChangeWhatALiteralMeans() {
    assertThat(literals(Pattern.compile("a b c", Pattern.COMMENTS))).isEmpty();
    assertThat(literals(Pattern.compile("abc", Pattern.LITERAL))).isEmpty();
    assertThat(literals(Pattern.compile("abc", Pattern.CASE_INSENSITIVE))).containsExactly("abc");
  }

  /** Pieces of realistic text, joined at random into texts the patterns may or may not match. */
  private static final String[] FRAGMENTS = {
    "PII",
    "pii",
    "Personal Data",
    "STRIDE",
    "threat Model",
    "## Privacy",
    "# FAQ",
    "FROM ",
    "devShell",
    "mkShell",
    "sbom",
    "SPDX",
    "acdde",
    "abdee",
    "fg",
    "h",
    "x.y-z",
    "9 end",
    "colour",
    "color red",
    "sboms:",
    " ",
    "\n",
    "#",
    "data",
    "retention",
    "e",
    "d",
    "a",
    "##  troubleshooting",
    "z",
    "/",
    "src/",
    "tests",
    "spec",
    "__tests__",
    "mock",
    "it",
    ".min.js",
    "_pb2",
    "_grpc.py",
    "-generated.go",
    "generated/"
  };

  @Test
  void neverRejectsATextTheRegexMatches() {
    Random random = new Random(7);
    for (String regex : PATTERNS) {
      Pattern p = Pattern.compile(regex);
      List<Needle> literals = RequiredLiterals.needles(p);
      assertThat(literals).as(regex).isNotEmpty();
      int matched = 0;
      for (int i = 0; i < 4000; i++) {
        StringBuilder text = new StringBuilder();
        for (int k = random.nextInt(8); k >= 0; k--) {
          String f = FRAGMENTS[random.nextInt(FRAGMENTS.length)];
          text.append(random.nextBoolean() ? f : f.toUpperCase(java.util.Locale.ROOT));
        }
        String t = text.toString();
        if (p.matcher(t).find()) {
          matched++;
          assertThat(RequiredLiterals.mayMatch(t, literals)).as(regex + " on " + t).isTrue();
        }
      }
      assertThat(matched).as("random texts that match " + regex).isPositive();
    }
  }

  @Test
  void rejectsTextWithoutAnyRequiredLiteral() {
    List<Needle> literals =
        RequiredLiterals.needles(Pattern.compile("(?i)\\bSTRIDE\\b|threat model"));
    assertThat(RequiredLiterals.mayMatch("We model threats elsewhere.", literals)).isFalse();
    assertThat(RequiredLiterals.mayMatch("Our Threat Model uses stride.", literals)).isTrue();
    assertThat(RequiredLiterals.mayMatch("sTrIdE", literals)).isTrue();
  }
}
