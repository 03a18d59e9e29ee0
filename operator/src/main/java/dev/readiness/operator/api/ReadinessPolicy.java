package dev.readiness.operator.api;

import dev.readiness.scoring.PolicySpec;
import io.fabric8.crd.generator.annotation.AdditionalPrinterColumn;
import io.fabric8.crd.generator.annotation.AdditionalPrinterColumn.Type;
import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Categories;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Plural;
import io.fabric8.kubernetes.model.annotation.ShortNames;
import io.fabric8.kubernetes.model.annotation.Version;

/**
 * A scoring policy and the portfolio it scores. The spec is exactly the policy document the CLI's
 * {@code --policy} accepts.
 */
@Group(RepositoryAssessment.GROUP)
@Version(RepositoryAssessment.VERSION)
// the plural is spelled out: fabric8 would otherwise derive it with regexes for every object it
// reads
@Plural("readinesspolicies")
@ShortNames("rp")
@Categories("readiness")
@AdditionalPrinterColumn(name = "Target", jsonPath = ".status.targetLevel", type = Type.INTEGER)
@AdditionalPrinterColumn(
    name = "Readiness %",
    jsonPath = ".status.readinessPercent",
    type = Type.NUMBER)
@AdditionalPrinterColumn(name = "Active", jsonPath = ".status.counts.active", type = Type.INTEGER)
@AdditionalPrinterColumn(name = "Age", jsonPath = ".metadata.creationTimestamp", type = Type.DATE)
public class ReadinessPolicy extends CustomResource<PolicySpec, PolicyStatus>
    implements Namespaced {
  /** The policy an assessment uses when it names none. */
  public static final String DEFAULT_NAME = "default";

  private static final long serialVersionUID = 1L;

  @Override
  protected PolicySpec initSpec() {
    return null;
  }

  @Override
  protected PolicyStatus initStatus() {
    return null;
  }
}
