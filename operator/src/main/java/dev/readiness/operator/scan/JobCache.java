package dev.readiness.operator.scan;

import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.javaoperatorsdk.operator.processing.event.ResourceID;
import io.javaoperatorsdk.operator.processing.event.source.informer.InformerEventSource;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The scan-Job informer's view for the concurrency cap: which Jobs run, which the cache knows. */
public final class JobCache implements ScanSlots.JobView {
  private static final String STATE_INDEX = "readiness.dev/scan-state";
  private static final String ACTIVE = "active";
  private static final String FINISHED = "finished";
  private volatile InformerEventSource<Job, ?> source;

  /**
   * Binds the informer before it starts. Its cache indexes Jobs by state, so counting the running
   * ones reads only those instead of every finished Job kept until its TTL.
   */
  public void bind(InformerEventSource<Job, ?> source) {
    source.addIndexers(Map.of(STATE_INDEX, j -> List.of(finished(j) ? FINISHED : ACTIVE)));
    this.source = source;
  }

  @Override
  public Set<String> active() {
    var s = source;
    if (s == null) {
      return Set.of();
    }
    Set<String> keys = new HashSet<>();
    for (Job j : s.byIndex(STATE_INDEX, ACTIVE)) {
      keys.add(key(j));
    }
    return keys;
  }

  @Override
  public boolean known(String jobKey) {
    var s = source;
    if (s == null) {
      return false;
    }
    int slash = jobKey.indexOf('/');
    return s.get(new ResourceID(jobKey.substring(slash + 1), jobKey.substring(0, slash)))
        .isPresent();
  }

  public static String key(Job j) {
    return j.getMetadata().getNamespace() + "/" + j.getMetadata().getName();
  }

  /** Succeeded or failed; a Job without status yet counts as active. */
  public static boolean finished(Job j) {
    var st = j.getStatus();
    if (st == null) {
      return false;
    }
    boolean done =
        st.getSucceeded() != null && st.getSucceeded() > 0
            || st.getFailed() != null && st.getFailed() > 0;
    return done
        || st.getConditions() != null
            && st.getConditions().stream()
                .anyMatch(
                    c ->
                        ("Complete".equals(c.getType()) || "Failed".equals(c.getType()))
                            && "True".equals(c.getStatus()));
  }
}
