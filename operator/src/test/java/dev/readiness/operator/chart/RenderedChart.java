package dev.readiness.operator.chart;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.TemplateCommand;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The chart rendered by the real Helm (helm-java) with one of its ci/ values files. */
public record RenderedChart(List<HasMetadata> objects) {
  public static final Path CHART = Path.of("..", "helm", "readiness-operator");
  public static final String NAMESPACE = "readiness-system";
  private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

  /** Renders with {@code ci/<values>-values.yaml} plus {@code --set} pairs. */
  public static RenderedChart render(String values, Map<String, Object> sets) {
    return renderFile(CHART.resolve("ci").resolve(values + "-values.yaml"), sets);
  }

  /** Renders with any values file (the examples' ones) plus {@code --set} pairs. */
  public static RenderedChart renderFile(Path valuesFile, Map<String, Object> sets) {
    TemplateCommand cmd =
        new Helm(CHART)
            .template()
            .withName("readiness")
            .withNamespace(NAMESPACE)
            .withKubeVersion("1.29.0")
            .withValuesFile(valuesFile);
    sets.forEach(cmd::set);
    return new RenderedChart(parse(cmd.call()));
  }

  public static RenderedChart render(String values) {
    return render(values, Map.of());
  }

  static List<HasMetadata> parse(String yaml) {
    return documents(yaml).stream()
        .map(d -> SERIALIZATION.unmarshal(d, HasMetadata.class))
        .toList();
  }

  /** The documents of a multi-document YAML stream, less those holding only comments. */
  public static List<String> documents(String yaml) {
    List<String> out = new ArrayList<>();
    for (String doc : yaml.split("(?m)^---\\s*$")) {
      if (!doc.lines().allMatch(l -> l.isBlank() || l.strip().startsWith("#"))) {
        out.add(doc);
      }
    }
    return out;
  }

  public <T extends HasMetadata> List<T> all(Class<T> type) {
    return objects.stream().filter(type::isInstance).map(type::cast).toList();
  }

  public List<HasMetadata> kind(String kind) {
    return objects.stream().filter(o -> kind.equals(o.getKind())).toList();
  }

  public <T extends HasMetadata> Optional<T> named(Class<T> type, String name) {
    return all(type).stream().filter(o -> o.getMetadata().getName().equals(name)).findFirst();
  }

  public Deployment deployment() {
    return all(Deployment.class).get(0);
  }

  /** The operator container's environment, as the operator would read it. */
  public Map<String, String> operatorEnv() {
    return deployment().getSpec().getTemplate().getSpec().getContainers().get(0).getEnv().stream()
        .filter(e -> e.getValue() != null)
        .collect(Collectors.toMap(e -> e.getName(), e -> e.getValue()));
  }
}
