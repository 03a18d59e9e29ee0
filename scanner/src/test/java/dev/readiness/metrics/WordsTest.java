package dev.readiness.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WordsTest {
  @Test
  void aRecurringWordIsOneStringAndDistinctWordsStayDistinct() {
    String src = "value limit value val values";
    Words words = new Words();
    String first = words.of(src, 0, 5);
    assertThat(first).isEqualTo("value");
    assertThat(words.of(src, 12, 17)).isSameAs(first);
    assertThat(words.of(src, 18, 21)).isEqualTo("val");
    assertThat(words.of(src, 22, 28)).isEqualTo("values");
    assertThat(words.of(src, 6, 11)).isEqualTo("limit");
  }

  @Test
  void keepsEveryWordAcrossGrowthAndCollisions() {
    StringBuilder src = new StringBuilder();
    for (int i = 0; i < 5_000; i++) {
      src.append("w").append(i).append(' ');
    }
    src.append("Aa BB"); // "Aa" and "BB" share a String hash code
    String text = src.toString();
    Words words = new Words();
    Map<String, String> firstSeen = new HashMap<>();
    for (int round = 0; round < 2; round++) {
      int start = 0;
      for (int i = 0; i <= text.length(); i++) {
        if (i == text.length() || text.charAt(i) == ' ') {
          String w = words.of(text, start, i);
          assertThat(w).isEqualTo(text.substring(start, i));
          assertThat(firstSeen.computeIfAbsent(w, k -> w)).isSameAs(w);
          start = i + 1;
        }
      }
    }
  }
}
