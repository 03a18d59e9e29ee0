package dev.readiness.operator.scan;

import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.javaoperatorsdk.operator.processing.event.ResourceID;
import io.javaoperatorsdk.operator.processing.event.source.informer.InformerEventSource;
import java.util.Set;
import java.util.stream.Collectors;

/** The scan-Job informer's view for the concurrency cap: which Jobs run, which the cache knows. */
public final class JobCache implements ScanSlots.JobView {
  private volatile InformerEventSource<Job, ?> source;

  public void bind(InformerEventSource<Job, ?> source) {
    this.source = source;
  }

  @Override
  public Set<String> active() {
    var s = source;
    if (s == null) {
      return Set.of();
    }
    return s.list(j -> !finished(j)).map(JobCache::key).collect(Collectors.toSet());
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
