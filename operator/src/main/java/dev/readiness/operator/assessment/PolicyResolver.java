package dev.readiness.operator.assessment;

import dev.readiness.operator.api.ReadinessPolicy;
import dev.readiness.operator.api.RepositoryAssessment;
import dev.readiness.scoring.EffectivePolicy;
import dev.readiness.scoring.PolicyException;
import dev.readiness.scoring.PolicyLoader;
import io.javaoperatorsdk.operator.processing.event.ResourceID;
import io.javaoperatorsdk.operator.processing.event.source.informer.InformerEventSource;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Finds the policy an assessment scores with: its policyRef, else the namespace's "default"
 * ReadinessPolicy, else the built-in defaults.
 */
public final class PolicyResolver {
  public static final String BUILT_IN = "(built-in)";

  /** The policy's name as status shows it, and its validated content. */
  public record Resolved(String name, EffectivePolicy policy) {}

  /** A policy that cannot be used: a condition reason and message. */
  public static final class Problem extends Exception {
    private static final long serialVersionUID = 1L;
    private final String reason;

    Problem(String reason, String message) {
      super(message);
      this.reason = reason;
    }

    public String reason() {
      return reason;
    }
  }

  private final BiFunction<String, String, Optional<ReadinessPolicy>> lookup;
  private volatile InformerEventSource<ReadinessPolicy, ?> source;

  /** {@code lookup} finds a policy by namespace and name (tests pass a map's). */
  public PolicyResolver(BiFunction<String, String, Optional<ReadinessPolicy>> lookup) {
    this.lookup = lookup;
  }

  /** Reads policies from the informer the assessment controller {@link #bind binds}. */
  public PolicyResolver() {
    this.lookup =
        (ns, name) -> {
          var src = source;
          return src == null ? Optional.empty() : src.get(new ResourceID(name, ns));
        };
  }

  /** The policy informer, once the controller has built its event sources. */
  void bind(InformerEventSource<ReadinessPolicy, ?> source) {
    this.source = source;
  }

  /** The name of the policy an assessment refers to, explicitly or by default. */
  public static String policyName(RepositoryAssessment ra) {
    var ref = ra.getSpec() == null ? null : ra.getSpec().policyRef();
    return ref == null ? ReadinessPolicy.DEFAULT_NAME : ref.name();
  }

  public Resolved resolve(RepositoryAssessment ra) throws Problem {
    String ns = ra.getMetadata().getNamespace();
    String name = policyName(ra);
    Optional<ReadinessPolicy> found = lookup.apply(ns, name);
    if (found.isEmpty()) {
      if (ra.getSpec().policyRef() == null) {
        return new Resolved(BUILT_IN, EffectivePolicy.defaults());
      }
      throw new Problem("PolicyNotFound", "ReadinessPolicy " + name + " does not exist in " + ns);
    }
    try {
      return new Resolved(name, PolicyLoader.of(found.get().getSpec()));
    } catch (PolicyException e) {
      throw new Problem("InvalidPolicy", "ReadinessPolicy " + name + ": " + e.getMessage());
    }
  }
}
