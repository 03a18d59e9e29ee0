package dev.readiness.operator.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A real Prometheus (Debian's package, installed by .ci/run) on 127.0.0.1 with its own config and
 * data directory, scraping one target every second.
 */
final class LocalPrometheus implements AutoCloseable {
  static final Path BINARY = Path.of("/usr/bin/prometheus");
  static final Path PROMTOOL = Path.of("/usr/bin/promtool");
  private final Process process;
  private final int port;
  private final HttpClient http = HttpClient.newHttpClient();

  LocalPrometheus(Path dir, int targetPort) throws IOException {
    this(dir, targetPort, null);
  }

  /** Scrapes {@code targetPort} every second and, when given, evaluates {@code rules}. */
  LocalPrometheus(Path dir, int targetPort, Path rules) throws IOException {
    port = freePort();
    Path config = dir.resolve("prometheus.yml");
    Files.writeString(
        config,
        "global: {scrape_interval: 1s, evaluation_interval: 1s}\n"
            + (rules == null ? "" : "rule_files: ['" + rules + "']\n")
            + "scrape_configs:\n"
            + "  - job_name: readiness-operator\n"
            + "    static_configs: [{targets: ['127.0.0.1:"
            + targetPort
            + "']}]\n");
    process =
        new ProcessBuilder(
                BINARY.toString(),
                "--config.file=" + config,
                "--storage.tsdb.path=" + dir.resolve("data"),
                "--web.listen-address=127.0.0.1:" + port,
                "--log.level=warn")
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("prometheus.log").toFile())
            .start();
  }

  static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  /** The {@code data} of an instant query; throws when Prometheus reports an error. */
  JsonNode query(String promql) throws IOException, InterruptedException {
    return api("query?query=" + URLEncoder.encode(promql, StandardCharsets.UTF_8));
  }

  /** The names and health of the loaded alerting rules, "name=health". */
  java.util.List<String> alertRules() throws IOException, InterruptedException {
    java.util.List<String> out = new java.util.ArrayList<>();
    for (JsonNode g : api("rules?type=alert").path("groups")) {
      for (JsonNode r : g.path("rules")) {
        out.add(r.path("name").asText() + "=" + r.path("health").asText());
      }
    }
    return out;
  }

  private JsonNode api(String pathAndQuery) throws IOException, InterruptedException {
    String url = "http://127.0.0.1:" + port + "/api/v1/" + pathAndQuery;
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
            HttpResponse.BodyHandlers.ofString());
    JsonNode body = new ObjectMapper().readTree(r.body());
    if (!"success".equals(body.path("status").asText())) {
      throw new IllegalStateException(pathAndQuery + ": " + body.path("error").asText(r.body()));
    }
    return body.path("data");
  }

  /** Waits until {@code promql} returns at least one series. */
  void awaitData(String promql, Duration timeout) throws Exception {
    long end = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < end) {
      try {
        if (query(promql).path("result").size() > 0) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      }
      Thread.sleep(250);
    }
    throw new AssertionError("no data for " + promql + " within " + timeout);
  }

  @Override
  public void close() {
    process.destroy();
    try {
      process.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
