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
    int first = words.of(src, 0, 5);
    assertThat(words.word(first)).isEqualTo("value");
    assertThat(words.of(src, 12, 17)).isEqualTo(first);
    assertThat(words.word(words.of(src, 12, 17))).isSameAs(words.word(first));
    assertThat(words.word(words.of(src, 18, 21))).isEqualTo("val");
    assertThat(words.word(words.of(src, 22, 28))).isEqualTo("values");
    assertThat(words.word(words.of(src, 6, 11))).isEqualTo("limit");
  }

  @Test
  void aWordCarriesTheBitsOfEveryKeywordSetItBelongsTo() {
    String src = "if class value while";
    Words words = new Words();
    long ifBits = words.bits(words.of(src, 0, 2));
    assertThat(ifBits & Keywords.CONTROL).isNotZero();
    assertThat(ifBits & Keywords.decisions(Language.JAVA)).isNotZero();
    assertThat(ifBits & Keywords.decisions(Language.PYTHON)).isNotZero();
    assertThat(ifBits & Keywords.TYPE_DECLARATION).isZero();
    long classBits = words.bits(words.of(src, 3, 8));
    assertThat(classBits & Keywords.TYPE_DECLARATION).isNotZero();
    assertThat(classBits & Keywords.RUBY_ALWAYS_OPENS).isNotZero();
    assertThat(classBits & Keywords.CONTROL).isZero();
    assertThat(words.bits(words.of(src, 9, 14))).isZero();
    long whileBits = words.bits(words.of(src, 15, 20));
    assertThat(whileBits & Keywords.decisions(Language.GO)).as("Go has no while").isZero();
    assertThat(whileBits & Keywords.decisions(Language.RUST)).isNotZero();
    assertThat(whileBits & Keywords.RUBY_LOOPS).isNotZero();
  }

  @Test
  void everyLanguageHasItsOwnDecisionBit() {
    long seen = 0;
    for (Language lang : Language.values()) {
      long bit = Keywords.decisions(lang);
      assertThat(Long.bitCount(bit)).isEqualTo(1);
      assertThat(seen & bit).isZero();
      assertThat(bit & (Keywords.CONTROL | Keywords.TYPE_DECLARATION)).isZero();
      seen |= bit;
    }
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
          String w = words.word(words.of(text, start, i));
          assertThat(w).isEqualTo(text.substring(start, i));
          assertThat(firstSeen.computeIfAbsent(w, k -> w)).isSameAs(w);
          start = i + 1;
        }
      }
    }
  }
}
