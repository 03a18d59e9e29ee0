package dev.readiness.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.readiness.signals.Signals;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class KeywordMatcherTest {
  private static List<String> hits(KeywordMatcher m, String text) {
    List<String> out = new ArrayList<>();
    m.scan(text, (k, start) -> out.add(m.keyword(k) + "@" + start));
    return out;
  }

  @Test
  void findsOverlappingAndNestedKeywords() {
    KeywordMatcher m = new KeywordMatcher(List.of("/health", "/healthz", "health", "he"));
    assertThat(hits(m, "GET /healthz"))
        .containsExactlyInAnyOrder("/health@4", "/healthz@4", "health@5", "he@5");
  }

  @Test
  void aPartialMatchDoesNotHideOneThatStartsInsideIt() {
    KeywordMatcher m = new KeywordMatcher(List.of("abcd", "bce", "ce"));
    assertThat(hits(m, "xabce")).containsExactly("bce@2", "ce@3");
  }

  @Test
  void nonAsciiTextNeverMatchesAndNeverBreaksAMatchAfterIt() {
    KeywordMatcher m = new KeywordMatcher(List.of("AKIA", "Logger"));
    assertThat(hits(m, "é日本AKIA😀Logger")).containsExactly("AKIA@3", "Logger@9");
    assertThat(hits(m, "AKéIA")).isEmpty();
  }

  @Test
  void agreesWithNaiveSearchOnTheRealKeywordsOverRandomText() {
    List<String> keywords = new ArrayList<>(Signals.probeWords().words());
    keywords.addAll(ProbeMatcher.secretAnchors());
    KeywordMatcher m = new KeywordMatcher(keywords);
    Random random = new Random(7);
    for (int round = 0; round < 200; round++) {
      StringBuilder text = new StringBuilder();
      while (text.length() < 2_000) {
        if (random.nextInt(4) == 0) {
          String k = keywords.get(random.nextInt(keywords.size()));
          text.append(k, 0, 1 + random.nextInt(k.length())); // whole or cut short
        } else {
          text.append((char) (' ' + random.nextInt(95)));
        }
      }
      assertThat(new TreeSet<>(hits(m, text.toString())))
          .isEqualTo(naive(keywords, text.toString()));
    }
  }

  private static TreeSet<String> naive(List<String> keywords, String text) {
    TreeSet<String> out = new TreeSet<>();
    for (String k : keywords) {
      for (int i = text.indexOf(k); i >= 0; i = text.indexOf(k, i + 1)) {
        out.add(k + "@" + i);
      }
    }
    return out;
  }

  @Test
  void rejectsKeywordsItCannotMatch() {
    assertThatThrownBy(() -> new KeywordMatcher(List.of("x")))
        .hasMessageContaining("shorter than two");
    assertThatThrownBy(() -> new KeywordMatcher(List.of("café"))).hasMessageContaining("not ASCII");
  }
}
