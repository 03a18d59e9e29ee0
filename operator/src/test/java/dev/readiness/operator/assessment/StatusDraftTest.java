package dev.readiness.operator.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.operator.api.AppTally;
import dev.readiness.operator.api.AssessmentStatus;
import dev.readiness.operator.api.Conditions;
import dev.readiness.signals.Status;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The builder copies, sets and builds every status component: a component forgotten in any of those
 * places fails here, not as a field that silently resets on the next write. Stored outcomes and
 * tallies keep their string form.
 */
class StatusDraftTest {
  private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");
  private static final String COMMIT = "0123456789abcdef0123456789abcdef01234567";

  /** A status with a distinct value in every component (records filled the same way). */
  static Object sample(Class<?> type, String name) throws Exception {
    if (type == String.class) {
      return name.equals("commit")
          ? COMMIT
          : name.equals("shortCommit") ? COMMIT.substring(0, 8) : name + "-value";
    }
    if (type == Integer.class || type == int.class) {
      return 7;
    }
    if (type == Long.class || type == long.class) {
      return 3L;
    }
    if (type == Boolean.class || type == boolean.class) {
      return true;
    }
    if (type == Double.class || type == double.class) {
      return 0.25;
    }
    if (type == List.class) {
      return List.of();
    }
    if (type == Map.class) {
      return name.equals("appTallies")
          ? Map.of("readme", new AppTally(2, 3))
          : Map.of("readme", Status.PASS);
    }
    if (type.isRecord()) {
      return construct(type);
    }
    throw new AssertionError("no sample for " + type + " " + name);
  }

  static Object construct(Class<?> record) throws Exception {
    RecordComponent[] parts = record.getRecordComponents();
    Class<?>[] types = new Class<?>[parts.length];
    Object[] values = new Object[parts.length];
    for (int i = 0; i < parts.length; i++) {
      types[i] = parts[i].getType();
      values[i] = sample(types[i], parts[i].getName());
    }
    Constructor<?> c = record.getDeclaredConstructor(types);
    return c.newInstance(values);
  }

  @Test
  void everyComponentSurvivesADraft() throws Exception {
    AssessmentStatus full = (AssessmentStatus) construct(AssessmentStatus.class);
    assertThat(new StatusDraft(full, NOW).build()).isEqualTo(full);
    assertThat(full.toBuilder().build()).isEqualTo(full);
  }

  @Test
  void everyComponentHasItsOwnSetter() throws Exception {
    for (RecordComponent c : AssessmentStatus.class.getRecordComponents()) {
      if (c.getName().equals("conditions") || c.getName().equals("shortCommit")) {
        continue; // edited in place; derived from commit
      }
      Object value = sample(c.getType(), c.getName());
      AssessmentStatus.Builder b = new AssessmentStatus.Builder();
      AssessmentStatus.Builder.class.getMethod(c.getName(), c.getType()).invoke(b, value);
      assertThat(AssessmentStatus.Builder.class.getMethod(c.getName()).invoke(b))
          .as(c.getName())
          .isEqualTo(value);
      AssessmentStatus built = b.build();
      for (RecordComponent other : AssessmentStatus.class.getRecordComponents()) {
        Object got = other.getAccessor().invoke(built);
        if (other.getName().equals(c.getName())) {
          assertThat(got).as(c.getName()).isEqualTo(value);
        } else if (!other.getName().equals("conditions")
            && !(c.getName().equals("commit") && other.getName().equals("shortCommit"))) {
          assertThat(got).as(c.getName() + " sets " + other.getName()).isNull();
        }
      }
    }
  }

  @Test
  void storedOutcomesAndTalliesReadBackTyped() {
    String stored =
        "{\"signals\":{\"readme\":\"pass\",\"linter\":\"fail\",\"x\":\"maybe\"},"
            + "\"appTallies\":{\"unit_tests\":\"3/5\",\"bad\":\"7/2\",\"worse\":\"x\"}}";
    AssessmentStatus s = Serialization.unmarshal(stored, AssessmentStatus.class);
    assertThat(s.signals())
        .containsEntry("readme", Status.PASS)
        .containsEntry("linter", Status.FAIL)
        .containsEntry("x", Status.UNKNOWN);
    assertThat(s.appTallies())
        .containsEntry("unit_tests", new AppTally(3, 5))
        .containsEntry("bad", new AppTally(0, 0))
        .containsEntry("worse", new AppTally(0, 0));
    assertThat(Serialization.asJson(s.toBuilder().signals(null).build()))
        .contains("\"unit_tests\":\"3/5\"");
    assertThat(Serialization.asJson(s)).contains("\"readme\":\"pass\"");
  }

  @Test
  void aConditionKeepsItsTransitionTimeUntilItFlips() {
    StatusDraft d = new StatusDraft(null, NOW);
    d.condition(Conditions.READY, false, "Pending", "waiting");
    AssessmentStatus first = d.build();
    StatusDraft later = new StatusDraft(first, NOW.plusSeconds(60));
    later.condition(Conditions.READY, false, "Pending", "still waiting");
    assertThat(later.build().conditions().get(0).getLastTransitionTime()).isEqualTo(NOW.toString());
    later.condition(Conditions.READY, true, "Scored", "level 2");
    assertThat(later.build().conditions().get(0).getLastTransitionTime())
        .isEqualTo(NOW.plusSeconds(60).toString());
    assertThat(later.isTrue(Conditions.READY)).isTrue();
    assertThat(later.conditionReason(Conditions.READY)).isEqualTo("Scored");
  }
}
