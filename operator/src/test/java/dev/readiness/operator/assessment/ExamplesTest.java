package dev.readiness.operator.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.readiness.operator.api.ReadinessPolicy;
import dev.readiness.operator.api.RepositoryAssessment;
import dev.readiness.operator.it.Examples;
import dev.readiness.operator.metrics.ReadinessMetrics;
import dev.readiness.scoring.PolicyLoader;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Secret;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every manifest under examples/ parses into our classes and passes the operator's own checks. */
class ExamplesTest {
  @Test
  void everyExampleIsValid() throws Exception {
    List<HasMetadata> all = Examples.load(Examples.DIRECTORY);
    assertThat(all).hasSizeGreaterThanOrEqualTo(6);
    for (HasMetadata o : all) {
      assertThat(o.getMetadata().getNamespace()).as(o.getMetadata().getName()).isNotBlank();
      if (o instanceof RepositoryAssessment ra) {
        checkAssessment(ra, all);
      } else if (o instanceof ReadinessPolicy p) {
        assertThatCode(() -> PolicyLoader.of(p.getSpec())).doesNotThrowAnyException();
      } else if (o instanceof Secret secret) {
        assertThat(secret.getStringData()).isNotEmpty();
      }
    }
  }

  private static void checkAssessment(RepositoryAssessment ra, List<HasMetadata> all) {
    assertThatCode(() -> AssessmentValidator.validate(ra.getSpec())).doesNotThrowAnyException();
    assertThat(ra.getMetadata().getLabels()).containsKey(ReadinessMetrics.TEAM_LABEL);
    var creds = ra.getSpec().repository().credentialsSecretRef();
    if (creds != null) {
      Secret secret = find(all, Secret.class, ra, creds.name());
      assertThat(secret.getStringData())
          .as("credentials of %s", ra.getMetadata().getName())
          .satisfiesAnyOf(
              d -> assertThat(d).containsKey("token"),
              d -> assertThat(d).containsKeys("ssh-privatekey", "known_hosts"));
    }
    if (ra.getSpec().policyRef() != null) {
      find(all, ReadinessPolicy.class, ra, ra.getSpec().policyRef().name());
    }
  }

  private static <T extends HasMetadata> T find(
      List<HasMetadata> all, Class<T> type, HasMetadata from, String name) {
    return all.stream()
        .filter(type::isInstance)
        .map(type::cast)
        .filter(o -> o.getMetadata().getName().equals(name))
        .filter(o -> o.getMetadata().getNamespace().equals(from.getMetadata().getNamespace()))
        .findFirst()
        .orElseThrow(() -> new AssertionError(type.getSimpleName() + " " + name + " not found"));
  }
}
