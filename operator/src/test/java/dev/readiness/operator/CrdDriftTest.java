package dev.readiness.operator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The CRDs under crds/ are exactly what the build generates from the Java classes. */
class CrdDriftTest {
  static final String FIX =
      "regenerate: mvn -q -pl operator -am process-classes && "
          + "cp operator/target/classes/META-INF/fabric8/<plural>.readiness.dev-v1.yml crds/<plural>.readiness.dev.yaml";

  @ParameterizedTest
  @ValueSource(strings = {"repositoryassessments", "readinesspolicies"})
  void checkedInCrdMatchesGenerated(String plural) throws Exception {
    String generated;
    try (InputStream in =
        getClass().getResourceAsStream("/META-INF/fabric8/" + plural + ".readiness.dev-v1.yml")) {
      assertThat(in).as("generated CRD").isNotNull();
      generated = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Path checkedIn = Path.of("..", "crds", plural + ".readiness.dev.yaml");
    assertThat(Files.readString(checkedIn))
        .as(FIX.replace("<plural>", plural))
        .isEqualTo(generated);
  }

  @Test
  void crdsDeclareShortNamesCategoryAndStatus() throws Exception {
    String ra = Files.readString(Path.of("..", "crds", "repositoryassessments.readiness.dev.yaml"));
    assertThat(ra).contains("- \"ra\"", "- \"readiness\"", "status: {}", "name: \"v1alpha1\"");
    String rp = Files.readString(Path.of("..", "crds", "readinesspolicies.readiness.dev.yaml"));
    assertThat(rp).contains("- \"rp\"", "Readiness %", "maximum: 5.0");
  }
}
