package dev.readiness.scoring;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

/**
 * Reads a policy: either the bare spec or a whole ReadinessPolicy manifest (whose spec is used).
 * Unknown fields, wrong types and invalid values are rejected with the field's path.
 */
public final class PolicyLoader {
  public static final String API_VERSION = "readiness.dev/v1alpha1";
  public static final String KIND = "ReadinessPolicy";
  private static final long MAX_BYTES = 1024 * 1024;
  private static final ObjectMapper YAML =
      new ObjectMapper(new YAMLFactory())
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private PolicyLoader() {}

  public static EffectivePolicy load(Path file) throws PolicyException {
    try {
      if (!Files.isRegularFile(file)) {
        throw new PolicyException("policy " + file + ": no such file");
      }
      if (Files.size(file) > MAX_BYTES) {
        throw new PolicyException("policy " + file + ": larger than 1 MiB");
      }
      return parse(Files.readString(file));
    } catch (IOException e) {
      throw new PolicyException(
          "policy " + file + ": cannot be read (" + e.getClass().getSimpleName() + ")");
    }
  }

  /** Validates a spec already parsed (the operator's ReadinessPolicy.spec); null means defaults. */
  public static EffectivePolicy of(PolicySpec spec) throws PolicyException {
    return PolicyValidator.validate(spec == null ? PolicySpec.empty() : spec, "spec.");
  }

  /** Parses YAML or JSON text holding a spec or a ReadinessPolicy manifest. */
  public static EffectivePolicy parse(String text) throws PolicyException {
    JsonNode root;
    try {
      root = YAML.readTree(text);
    } catch (JsonProcessingException e) {
      throw new PolicyException(
          "policy: not valid YAML (line " + e.getLocation().getLineNr() + ")");
    }
    if (root == null || root.isMissingNode() || root.isNull()) {
      return EffectivePolicy.defaults();
    }
    if (!root.isObject()) {
      throw new PolicyException("policy: expected a mapping at the top level");
    }
    String prefix = "";
    if (root.has("kind") || root.has("apiVersion")) {
      if (!KIND.equals(root.path("kind").asText())) {
        throw new PolicyException(
            "policy: kind must be " + KIND + ", got '" + root.path("kind").asText() + "'");
      }
      if (!API_VERSION.equals(root.path("apiVersion").asText())) {
        throw new PolicyException("policy: apiVersion must be " + API_VERSION);
      }
      root = root.path("spec");
      prefix = "spec.";
      if (root.isMissingNode() || root.isNull()) {
        return EffectivePolicy.defaults();
      }
    }
    try {
      PolicySpec spec = YAML.treeToValue(root, PolicySpec.class);
      return PolicyValidator.validate(spec == null ? PolicySpec.empty() : spec, prefix);
    } catch (JsonMappingException e) {
      String hint =
          prefix.isEmpty() && root.has("spec")
              ? "; a whole manifest needs apiVersion: " + API_VERSION + " and kind: " + KIND
              : "";
      throw new PolicyException("policy: " + prefix + fieldPath(e) + ": " + problem(e) + hint);
    } catch (JsonProcessingException e) {
      throw new PolicyException("policy: " + e.getOriginalMessage());
    }
  }

  private static String fieldPath(JsonMappingException e) {
    return e.getPath().stream()
        .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
        .collect(Collectors.joining("."))
        .replace(".[", "[");
  }

  private static String problem(JsonMappingException e) {
    if (e instanceof UnrecognizedPropertyException u) {
      String known =
          u.getKnownPropertyIds().stream()
              .map(String::valueOf)
              .sorted()
              .collect(Collectors.joining(", "));
      return "unknown field (known fields: " + known + ")";
    }
    if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
      return "expected " + simpleType(m.getTargetType());
    }
    return "invalid value";
  }

  private static String simpleType(Class<?> type) {
    if (type == Integer.class || type == int.class) {
      return "an integer";
    }
    if (type == String.class) {
      return "a string";
    }
    if (java.util.List.class.isAssignableFrom(type)) {
      return "a list";
    }
    return "a mapping";
  }
}
