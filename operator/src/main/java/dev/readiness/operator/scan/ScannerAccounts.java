package dev.readiness.operator.scan;

import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.ServiceAccountBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Makes sure the scanner's ServiceAccount exists in a namespace before a scan Job runs there: a pod
 * cannot name an account its namespace lacks. The account has no bindings and no token; the
 * operator creates it once per namespace ("already exists" is success) and never updates it.
 */
public final class ScannerAccounts {
  private final KubernetesClient client;
  private final String name;
  private final Set<String> ready = ConcurrentHashMap.newKeySet();

  public ScannerAccounts(KubernetesClient client, String name) {
    this.client = client;
    this.name = name;
  }

  /** Creates the account in {@code namespace} unless this operator already saw it there. */
  public void ensure(String namespace) {
    if (ready.contains(namespace)) {
      return;
    }
    try {
      client.serviceAccounts().inNamespace(namespace).resource(account(namespace)).create();
    } catch (KubernetesClientException e) {
      if (e.getCode() != 409) {
        throw e;
      }
    }
    ready.add(namespace);
  }

  /** Makes the next {@link #ensure} in {@code namespace} ask the API server again. */
  public void forget(String namespace) {
    ready.remove(namespace);
  }

  ServiceAccount account(String namespace) {
    return new ServiceAccountBuilder()
        .withNewMetadata()
        .withName(name)
        .withNamespace(namespace)
        .withLabels(Map.of(ScanJobs.MANAGED_BY, ScanJobs.OPERATOR))
        .endMetadata()
        .withAutomountServiceAccountToken(false)
        .build();
  }
}
