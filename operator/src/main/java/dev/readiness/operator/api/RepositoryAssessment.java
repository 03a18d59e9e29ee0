package dev.readiness.operator.api;

import io.fabric8.crd.generator.annotation.AdditionalPrinterColumn;
import io.fabric8.crd.generator.annotation.AdditionalPrinterColumn.Type;
import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Categories;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Plural;
import io.fabric8.kubernetes.model.annotation.ShortNames;
import io.fabric8.kubernetes.model.annotation.Version;

/** One repository whose readiness the operator keeps current. */
@Group(RepositoryAssessment.GROUP)
@Version(RepositoryAssessment.VERSION)
// the plural is spelled out: fabric8 would otherwise derive it with regexes for every object it
// reads
@Plural("repositoryassessments")
@ShortNames("ra")
@Categories("readiness")
@AdditionalPrinterColumn(name = "Level", jsonPath = ".status.level", type = Type.INTEGER)
@AdditionalPrinterColumn(name = "Points", jsonPath = ".status.points", type = Type.INTEGER)
@AdditionalPrinterColumn(name = "Commit", jsonPath = ".status.shortCommit", type = Type.STRING)
@AdditionalPrinterColumn(name = "Last Scan", jsonPath = ".status.lastScanTime", type = Type.DATE)
@AdditionalPrinterColumn(
    name = "Ready",
    jsonPath = ".status.conditions[?(@.type==\"Ready\")].status",
    type = Type.STRING)
@AdditionalPrinterColumn(name = "Age", jsonPath = ".metadata.creationTimestamp", type = Type.DATE)
public class RepositoryAssessment extends CustomResource<AssessmentSpec, AssessmentStatus>
    implements Namespaced {
  public static final String GROUP = "readiness.dev";
  public static final String VERSION = "v1alpha1";
  private static final long serialVersionUID = 1L;

  @Override
  protected AssessmentSpec initSpec() {
    return null;
  }

  @Override
  protected AssessmentStatus initStatus() {
    return null;
  }
}
