package dev.readiness.scoring;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** A validated policy with every default filled in. */
public record EffectivePolicy(
    int targetLevel,
    int activeWithinDays,
    List<Integer> levelThresholds,
    int levelPassRate,
    int appPassRate,
    List<String> disabledSignals,
    List<PolicySpec.SignalOverride> signalOverrides,
    List<PolicySpec.CustomSignal> customSignals) {

  public static final List<Integer> DEFAULT_THRESHOLDS = List.of(5, 19, 36, 60, 100);
  private static final JsonMapper CANONICAL =
      JsonMapper.builder()
          .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
          .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
          .build();

  public static EffectivePolicy defaults() {
    return of(PolicySpec.empty());
  }

  static EffectivePolicy of(PolicySpec s) {
    return new EffectivePolicy(
        s.targetLevel() == null ? 3 : s.targetLevel(),
        s.activeWithinDays() == null ? 90 : s.activeWithinDays(),
        s.levelThresholds() == null ? DEFAULT_THRESHOLDS : List.copyOf(s.levelThresholds()),
        s.levelPassRate() == null ? 80 : s.levelPassRate(),
        s.appPassRate() == null ? 80 : s.appPassRate(),
        s.disabledSignals() == null ? List.of() : s.disabledSignals().stream().sorted().toList(),
        s.signalOverrides() == null ? List.of() : List.copyOf(s.signalOverrides()),
        s.customSignals() == null ? List.of() : List.copyOf(s.customSignals()));
  }

  /** Points needed for {@code level} (1..5). */
  public int threshold(int level) {
    return levelThresholds.get(level - 1);
  }

  /** "sha256:..." over the canonical JSON of the effective policy: equal policies, equal hash. */
  public String hash() {
    try {
      byte[] json = CANONICAL.writeValueAsString(this).getBytes(StandardCharsets.UTF_8);
      return "sha256:"
          + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json));
    } catch (JsonProcessingException | NoSuchAlgorithmException e) {
      throw new IllegalStateException("cannot hash policy", e);
    }
  }

  /**
   * Hash of the parts that change what a scan collects (custom signals): a change needs a rescan.
   */
  public String scanInputsHash() {
    return EffectivePolicy.of(
            new PolicySpec(null, null, null, null, null, null, null, customSignals))
        .hash();
  }
}
