package dev.readiness.operator.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.readiness.operator.api.AssessmentSpec;
import dev.readiness.operator.api.ReadinessPolicy;
import dev.readiness.operator.api.RepositoryAssessment;
import dev.readiness.scoring.PolicySpec;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which policy an assessment scores with: its reference, the namespace default, the built-in. */
class PolicyResolverTest {
  private final Map<String, ReadinessPolicy> cluster = new HashMap<>();
  private final PolicyResolver resolver =
      new PolicyResolver((ns, name) -> Optional.ofNullable(cluster.get(ns + "/" + name)));

  private static RepositoryAssessment assessment(String policyRef) {
    RepositoryAssessment ra = new RepositoryAssessment();
    ra.setMetadata(new ObjectMetaBuilder().withName("svc").withNamespace("team-a").build());
    ra.setSpec(
        new AssessmentSpec(
            new AssessmentSpec.RepositorySpec("https://git.example/svc.git", null, null),
            policyRef == null ? null : new AssessmentSpec.LocalRef(policyRef),
            null,
            null,
            null));
    return ra;
  }

  private void policy(String name, PolicySpec spec) {
    ReadinessPolicy p = new ReadinessPolicy();
    p.setMetadata(new ObjectMetaBuilder().withName(name).withNamespace("team-a").build());
    p.setSpec(spec);
    cluster.put("team-a/" + name, p);
  }

  @Test
  void withoutAReferenceOrADefaultPolicyTheBuiltInScores() throws Exception {
    assertThat(resolver.resolve(assessment(null)).name()).isEqualTo(PolicyResolver.BUILT_IN);
  }

  @Test
  void theNamespaceDefaultScoresWhenThereIsNoReference() throws Exception {
    policy("default", new PolicySpec(2, null, null, null, null, null, null, null));
    PolicyResolver.Resolved r = resolver.resolve(assessment(null));
    assertThat(r.name()).isEqualTo("default");
    assertThat(r.policy().targetLevel()).isEqualTo(2);
  }

  @Test
  void aMissingReferenceOrAnInvalidPolicyIsAProblemWithAReason() {
    assertThatThrownBy(() -> resolver.resolve(assessment("strict")))
        .isInstanceOf(PolicyResolver.Problem.class)
        .hasMessage("ReadinessPolicy strict does not exist in team-a")
        .extracting(e -> ((PolicyResolver.Problem) e).reason())
        .isEqualTo("PolicyNotFound");
    policy("strict", new PolicySpec(null, null, List.of(5, 19, 36), null, null, null, null, null));
    assertThatThrownBy(() -> resolver.resolve(assessment("strict")))
        .isInstanceOf(PolicyResolver.Problem.class)
        .hasMessageContaining("levelThresholds")
        .extracting(e -> ((PolicyResolver.Problem) e).reason())
        .isEqualTo("InvalidPolicy");
  }
}
