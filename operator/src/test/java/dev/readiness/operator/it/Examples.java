package dev.readiness.operator.it;

import dev.readiness.operator.api.ReadinessPolicy;
import dev.readiness.operator.api.RepositoryAssessment;
import dev.readiness.operator.chart.RenderedChart;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Reads the manifests under examples/ into typed objects; shared by the unit and real tiers. */
public final class Examples {
  /** The examples folder, seen from the operator module's working directory. */
  public static final Path DIRECTORY = Path.of("..", "examples");

  /** Argo CD and Flux manifests that deliver assessments from Git. */
  public static final Path GITOPS = DIRECTORY.resolve("gitops");

  private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

  private Examples() {}

  /** Every document of every {@code .yaml} file in {@code dir}, in file order. */
  public static List<HasMetadata> load(Path dir) throws IOException {
    List<HasMetadata> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
        for (String doc : RenderedChart.documents(Files.readString(f))) {
          out.add(typed(doc));
        }
      }
    }
    return out;
  }

  /** A loaded example as another type, e.g. a generic ConfigMap as {@code ConfigMap}. */
  public static <T> T convert(HasMetadata o, Class<T> type) {
    return SERIALIZATION.convertValue(o, type);
  }

  private static HasMetadata typed(String doc) {
    Map<?, ?> raw = SERIALIZATION.unmarshal(doc, Map.class);
    return switch (String.valueOf(raw.get("kind"))) {
      case "RepositoryAssessment" -> SERIALIZATION.convertValue(raw, RepositoryAssessment.class);
      case "ReadinessPolicy" -> SERIALIZATION.convertValue(raw, ReadinessPolicy.class);
      case "Secret" -> SERIALIZATION.convertValue(raw, Secret.class);
      default -> SERIALIZATION.convertValue(raw, GenericKubernetesResource.class);
    };
  }
}
