package dev.readiness.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The lexical facts fit the per-language bit mask, and each language says what it writes. */
class LexisTest {
  @Test
  void everyFactHasItsOwnBit() {
    assertThat(Lexis.values().length).as("facts in one long").isLessThanOrEqualTo(Long.SIZE);
  }

  @Test
  void languagesDeclareTheirCommentsAndLiterals() {
    assertThat(Language.RUBY.has(Lexis.HASH_COMMENTS)).isTrue();
    assertThat(Language.RUBY.has(Lexis.SLASH_COMMENTS)).isFalse();
    assertThat(Language.PHP.has(Lexis.SLASH_COMMENTS) && Language.PHP.has(Lexis.HASH_COMMENTS))
        .isTrue();
    assertThat(Language.RUST.has(Lexis.LIFETIMES)).isTrue();
    assertThat(Language.JAVA.has(Lexis.LIFETIMES)).isFalse();
    assertThat(Language.TYPESCRIPT.staticallyTyped()).isTrue();
    assertThat(Language.PYTHON.staticallyTyped()).isFalse();
  }
}
