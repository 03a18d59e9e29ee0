package dev.readiness.operator.assessment;

import dev.readiness.operator.api.RepositoryAssessment;
import io.fabric8.kubernetes.api.model.EventBuilder;
import io.fabric8.kubernetes.api.model.ObjectReferenceBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.time.Clock;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Records scan start, success and failure as Events on the assessment. */
public class EventRecorder {
  private static final Logger LOG = Logger.getLogger(EventRecorder.class.getName());
  private final KubernetesClient client;
  private final Clock clock;

  public EventRecorder(KubernetesClient client, Clock clock) {
    this.client = client;
    this.clock = clock;
  }

  public void normal(RepositoryAssessment ra, String reason, String message) {
    record(ra, "Normal", reason, message);
  }

  public void warning(RepositoryAssessment ra, String reason, String message) {
    record(ra, "Warning", reason, message);
  }

  private void record(RepositoryAssessment ra, String type, String reason, String message) {
    String now = clock.instant().toString();
    var meta = ra.getMetadata();
    try {
      client
          .v1()
          .events()
          .inNamespace(meta.getNamespace())
          .resource(
              new EventBuilder()
                  .withNewMetadata()
                  .withName(meta.getName() + "." + UUID.randomUUID().toString().substring(0, 8))
                  .withNamespace(meta.getNamespace())
                  .endMetadata()
                  .withInvolvedObject(
                      new ObjectReferenceBuilder()
                          .withApiVersion(ra.getApiVersion())
                          .withKind(ra.getKind())
                          .withName(meta.getName())
                          .withNamespace(meta.getNamespace())
                          .withUid(meta.getUid())
                          .build())
                  .withType(type)
                  .withReason(reason)
                  .withMessage(message)
                  .withFirstTimestamp(now)
                  .withLastTimestamp(now)
                  .withCount(1)
                  .withNewSource("readiness-operator", null)
                  .build())
          .create();
    } catch (KubernetesClientException e) {
      LOG.log(Level.FINE, "event not recorded: {0}", e.getCode());
    }
  }
}
