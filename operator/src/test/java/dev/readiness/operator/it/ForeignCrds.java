package dev.readiness.operator.it;

import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinitionBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Stand-ins for the CRDs of the GitOps tools the examples target (Argo CD, Flux). They accept any
 * spec: the test shows the examples are well-formed objects of those kinds, while the tools' own
 * schemas stay the tools' business.
 */
final class ForeignCrds {
  private ForeignCrds() {}

  static List<CustomResourceDefinition> gitOps() {
    return List.of(
        crd("argoproj.io", "v1alpha1", "Application"),
        crd("source.toolkit.fluxcd.io", "v1", "GitRepository"),
        crd("kustomize.toolkit.fluxcd.io", "v1", "Kustomization"));
  }

  private static CustomResourceDefinition crd(String group, String version, String kind) {
    String plural = kind.toLowerCase(Locale.ROOT) + "s";
    return new CustomResourceDefinitionBuilder()
        .withNewMetadata()
        .withName(plural + "." + group)
        .endMetadata()
        .withNewSpec()
        .withGroup(group)
        .withScope("Namespaced")
        .withNewNames()
        .withKind(kind)
        .withPlural(plural)
        .withSingular(kind.toLowerCase(Locale.ROOT))
        .endNames()
        .addNewVersion()
        .withName(version)
        .withServed(true)
        .withStorage(true)
        .withNewSchema()
        .withNewOpenAPIV3Schema()
        .withType("object")
        .withXKubernetesPreserveUnknownFields(true)
        .endOpenAPIV3Schema()
        .endSchema()
        .endVersion()
        .endSpec()
        .build();
  }

  /** Blocks until the API server serves the CRD's kind. */
  static void awaitEstablished(KubernetesClient client, String name) {
    client
        .apiextensions()
        .v1()
        .customResourceDefinitions()
        .withName(name)
        .waitUntilCondition(
            c ->
                c.getStatus() != null
                    && c.getStatus().getConditions() != null
                    && c.getStatus().getConditions().stream()
                        .anyMatch(
                            x -> "Established".equals(x.getType()) && "True".equals(x.getStatus())),
            30,
            TimeUnit.SECONDS);
  }
}
