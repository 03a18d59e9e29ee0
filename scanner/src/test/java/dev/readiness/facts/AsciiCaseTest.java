package dev.readiness.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The case-insensitive literal check every glob and documentation search is filtered with. */
class AsciiCaseTest {
  /** Letters of both cases, and characters whose Unicode case mapping reaches ASCII. */
  private static final String ALPHABET = "aAbBkK\u212As\u017fS\u00e9\u00c9-_/.";

  @Test
  void ignoresAsciiCaseOnly() {
    assertThat(AsciiCase.contains("docs/Troubleshooting.md", "troubleshooting")).isTrue();
    assertThat(AsciiCase.contains("SRC/IT/Main.java", "src/it")).isTrue();
    assertThat(AsciiCase.contains("abc", "")).isTrue();
    assertThat(AsciiCase.contains("migration", "migrations")).isFalse();
    // Pattern.CASE_INSENSITIVE without UNICODE_CASE does not fold these to 'k' and 's' either
    assertThat(AsciiCase.contains("\u212Aey", "key")).isFalse();
    assertThat(AsciiCase.contains("\u017fecret", "secret")).isFalse();
    assertThat(AsciiCase.contains("CAF\u00c9", "caf\u00e9")).isFalse();
  }

  @Test
  void anchorsOnTheRarestCharacter() {
    assertThat(AsciiCase.rarest("example")).isEqualTo(1); // 'x', not the 'e' of every other word
    assertThat(AsciiCase.rarest("fixtures")).isEqualTo(2);
    assertThat(AsciiCase.rarest("@generated")).isZero(); // '@' is rarer than any letter
    assertThat(AsciiCase.rarest("eee")).isZero();
    assertThat(AsciiCase.contains("an Example", "example")).isTrue();
    assertThat(AsciiCase.contains("xample", "example")).isFalse();
    assertThat(AsciiCase.contains("exampl", "example")).isFalse();
    assertThat(AsciiCase.contains("EXAMPLE", "example")).isTrue();
  }

  @Test
  void looksOnlyBeforeTheEnd() {
    String text = "// header\n".repeat(3) + "@generated";
    assertThat(AsciiCase.contains(text, text.length(), "@GENERATED")).isTrue();
    assertThat(AsciiCase.contains(text, text.length() - 1, "@generated")).isFalse();
    assertThat(AsciiCase.contains(text, 5, "header")).isFalse();
    assertThat(AsciiCase.contains(text, 9, "header")).isTrue();
  }

  @Test
  void agreesWithACaseInsensitiveRegexOnRandomTexts() {
    Random random = new Random(7);
    for (int round = 0; round < 20_000; round++) {
      String text = random(random, random.nextInt(30));
      String literal = random(random, 1 + random.nextInt(5));
      int end = random.nextInt(text.length() + 1);
      boolean expected =
          Pattern.compile(Pattern.quote(literal), Pattern.CASE_INSENSITIVE)
              .matcher(text)
              .region(0, end)
              .find();
      assertThat(AsciiCase.contains(text, end, literal))
          .as("'%s' in '%s' before %d", literal, text, end)
          .isEqualTo(expected);
    }
  }

  private static String random(Random random, int length) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < length; i++) {
      out.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return out.toString();
  }
}
