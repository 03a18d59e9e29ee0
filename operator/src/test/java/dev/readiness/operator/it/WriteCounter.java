package dev.readiness.operator.it;

import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.http.BasicBuilder;
import io.fabric8.kubernetes.client.http.HttpRequest;
import io.fabric8.kubernetes.client.http.Interceptor;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Counts the API writes (every request but GET) one client makes, by method and resource. */
final class WriteCounter {
  private final Map<String, LongAdder> writes = new ConcurrentHashMap<>();

  /** A client of the server in {@code kubeconfig} whose writes this counter sees. */
  KubernetesClient client(String kubeconfig) {
    Interceptor counting =
        new Interceptor() {
          @Override
          public void before(BasicBuilder builder, HttpRequest request, RequestTags tags) {
            if (!"GET".equals(request.method())) {
              writes.computeIfAbsent(key(request), k -> new LongAdder()).increment();
            }
          }
        };
    return new KubernetesClientBuilder()
        .withConfig(Config.fromKubeconfig(kubeconfig))
        .withHttpClientBuilderConsumer(b -> b.addOrReplaceInterceptor("count-writes", counting))
        .build();
  }

  long total() {
    return writes.values().stream().mapToLong(LongAdder::sum).sum();
  }

  Map<String, Long> byKind() {
    Map<String, Long> out = new TreeMap<>();
    writes.forEach((k, v) -> out.put(k, v.sum()));
    return out;
  }

  /** "PATCH repositoryassessments/status": the method and the resource part of the path. */
  private static String key(HttpRequest request) {
    String[] parts = request.uri().getPath().split("/");
    StringBuilder resource = new StringBuilder();
    for (int i = 0; i < parts.length; i++) {
      if ("namespaces".equals(parts[i]) && i + 2 < parts.length) {
        resource.append(parts[i + 2]);
        if (i + 4 < parts.length) {
          resource.append('/').append(parts[i + 4]);
        }
        break;
      }
    }
    return request.method() + " " + (resource.length() == 0 ? request.uri().getPath() : resource);
  }
}
