package dev.readiness.operator.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.readiness.operator.api.ReadinessPolicy;
import dev.readiness.operator.api.RepositoryAssessment;
import dev.readiness.operator.metrics.ReadinessMetrics;
import dev.readiness.scoring.PolicyLoader;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Secret;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every manifest under examples/ parses into our classes and passes the operator's own checks. */
class ExamplesTest {
  @Test
  void everyExampleIsValid() throws Exception {
    List<HasMetadata> all = Examples.load();
    assertThat(all).hasSizeGreaterThanOrEqualTo(6);
    for (HasMetadata o : all) {
      assertThat(o.getMetadata().getNamespace()).as(o.getMetadata().getName()).isNotBlank();
      if (o instanceof RepositoryAssessment ra) {
        checkAssessment(ra, all);
      } else if (o instanceof ReadinessPolicy p) {
        assertThatCode(() -> PolicyLoader.of(p.getSpec())).doesNotThrowAnyException();
      } else {
        assertThat(((Secret) o).getStringData()).isNotEmpty();
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

  /** Reads the examples; shared with the real API server tier, which creates them. */
  public static final class Examples {
    private Examples() {}

    public static List<HasMetadata> load() throws IOException {
      var serialization = new io.fabric8.kubernetes.client.utils.KubernetesSerialization();
      try (Stream<Path> files = Files.list(Path.of("..", "examples"))) {
        List<Path> yamls = files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
        List<HasMetadata> out = new java.util.ArrayList<>();
        for (Path f : yamls) {
          for (String doc : Files.readString(f).split("(?m)^---\\s*$")) {
            if (!doc.isBlank()) {
              out.add(typed(serialization, doc));
            }
          }
        }
        return out;
      }
    }

    private static HasMetadata typed(
        io.fabric8.kubernetes.client.utils.KubernetesSerialization s, String doc) {
      java.util.Map<?, ?> raw = s.unmarshal(doc, java.util.Map.class);
      return switch (String.valueOf(raw.get("kind"))) {
        case "RepositoryAssessment" -> s.convertValue(raw, RepositoryAssessment.class);
        case "ReadinessPolicy" -> s.convertValue(raw, ReadinessPolicy.class);
        case "Secret" -> s.convertValue(raw, Secret.class);
        default -> throw new AssertionError("unexpected kind in examples: " + raw.get("kind"));
      };
    }
  }
}
