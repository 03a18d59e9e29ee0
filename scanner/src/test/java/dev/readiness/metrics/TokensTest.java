package dev.readiness.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokensTest {
  @Test
  void aKeywordIsClassifiedStraightFromTheSourceText() {
    List<String> words = new ArrayList<>(List.of("class", "record", "function", "fn", "do"));
    for (Language lang : Language.values()) {
      words.addAll(lang.grammar().decisions());
    }
    for (String word : words) {
      String src = "x." + word + "(y)";
      long bits = Keywords.bitsOf(src, 2, 2 + word.length(), word.hashCode());
      assertThat(bits).as(word).isEqualTo(Keywords.bitsOf(word)).isNotZero();
    }
  }

  @Test
  void eachLanguagesGrammarWordsCarryItsBits() {
    for (Language lang : Language.values()) {
      Grammar g = lang.grammar();
      g.decisions()
          .forEach(
              w -> assertThat(Keywords.bitsOf(w) & Keywords.decisions(lang)).as(w).isNotZero());
      g.control()
          .forEach(w -> assertThat(Keywords.bitsOf(w) & Keywords.control(lang)).as(w).isNotZero());
      if (g.functionKeyword() != null) {
        assertThat(Keywords.bitsOf(g.functionKeyword()) & Keywords.FUNCTION_KEYWORD).isNotZero();
      }
    }
    assertThat(Keywords.bitsOf("synchronized") & Keywords.control(Language.CSHARP)).isZero();
    assertThat(Keywords.bitsOf("elif") & Keywords.decisions(Language.RUBY)).isZero();
  }

  @Test
  void aWordThatOnlyResemblesAKeywordHasNoBits() {
    for (String word : List.of("iff", "i", "classes", "value", "If", "fort", "cas")) {
      String src = " " + word + " ";
      assertThat(Keywords.bitsOf(src, 1, 1 + word.length(), word.hashCode())).as(word).isZero();
    }
  }

  @Test
  void tokensCarryCodesAndIdentifiersAreCutOnlyWhenAsked() {
    Tokens t = Lexer.tokenize("if (a && b) { run(\"x\", 42); }", Language.JAVA);
    try {
      assertThat(t.text(0)).isEqualTo("if");
      assertThat(t.has(0, Keywords.CONTROL)).isTrue();
      assertThat(t.isPunct(1, '(')).isTrue();
      assertThat(t.is(3, "&&")).isTrue();
      assertThat(t.punct(3)).isSameAs("&&");
      assertThat(t.is(2, "a")).isTrue();
      assertThat(t.is(2, "ab")).isFalse();
      assertThat(t.text(9)).isEmpty(); // the string literal
      assertThat(t.text(11)).isEqualTo("0"); // the number
    } finally {
      t.release();
    }
  }

  @Test
  void aReleasedBufferServesTheNextFileWithNothingOfThePreviousOne() {
    List<FunctionMetric> first =
        CodeMetrics.functions("int alpha() { return 1; }\n", Language.JAVA);
    List<FunctionMetric> second = CodeMetrics.functions("fn beta() {\n}\n", Language.RUST);
    assertThat(first).extracting(FunctionMetric::name).containsExactly("alpha");
    assertThat(second).extracting(FunctionMetric::name).containsExactly("beta");
    Tokens reused = Tokens.over("zeta");
    try {
      assertThat(reused.size).isZero();
    } finally {
      reused.release();
    }
  }
}
