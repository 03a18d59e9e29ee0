package dev.readiness.operator.assessment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.readiness.scoring.EffectivePolicy;
import java.util.Map;

/** The part of a policy a scan needs (its custom signals), as the scanner's --policy-text. */
final class PolicyJson {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private PolicyJson() {}

  static String scanPart(EffectivePolicy policy) {
    try {
      return JSON.writeValueAsString(Map.of("customSignals", policy.customSignals()));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("policy is not serializable", e);
    }
  }
}
