package dev.readiness.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.readiness.metrics.Language;
import org.junit.jupiter.api.Test;

class ProbeWordsTest {
  @Test
  void wordsKeepTheirDeclaredOrderAndTheirLanguage() {
    ProbeWords w = ProbeWords.of("logger").in(Language.GO, "zap.").and("Logger");
    assertThat(w.words()).containsExactly("logger", "zap.", "Logger");
    assertThat(w.countsIn("zap.", Language.GO)).isTrue();
    assertThat(w.countsIn("zap.", null)).as("a Makefile").isTrue();
    assertThat(w.countsIn("zap.", Language.JAVA)).isFalse();
    assertThat(w.countsIn("logger", Language.JAVA)).isTrue();
  }

  @Test
  void aUnionSharesWordsThatAreBoundAlike() {
    ProbeWords a = ProbeWords.of("logger").in(Language.RUST, "log::");
    ProbeWords b = ProbeWords.of().in(Language.RUST, "log::").and("/healthz");
    assertThat(a.union(b).words()).containsExactly("logger", "log::", "/healthz");
    assertThat(a.union(b).syntax()).containsEntry("log::", Language.RUST).hasSize(1);
    assertThatThrownBy(() -> a.union(ProbeWords.of("log::")))
        .hasMessageContaining("two languages: log::");
  }

  @Test
  void aWordIsDeclaredOnceAndHasTwoCharacters() {
    assertThatThrownBy(() -> ProbeWords.of("ssn", "ssn")).hasMessageContaining("twice: ssn");
    assertThatThrownBy(() -> ProbeWords.of("x")).hasMessageContaining("two characters");
  }
}
