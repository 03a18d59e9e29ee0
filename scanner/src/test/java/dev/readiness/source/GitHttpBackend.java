package dev.readiness.source;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Smart HTTP for tests: the JDK's HttpServer on 127.0.0.1 in front of {@code git http-backend} run
 * as CGI over a directory of repositories, as a Git host serves them (404 for a missing one).
 */
final class GitHttpBackend implements AutoCloseable {
  private static final Path BACKEND = Path.of("/usr/lib/git-core/git-http-backend");
  private final HttpServer server;
  private final Path root;

  private GitHttpBackend(Path root) throws IOException {
    this.root = root;
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  /** Serves every repository under {@code root}; null when git's http-backend is not installed. */
  static GitHttpBackend serve(Path root) throws IOException {
    return Files.isExecutable(BACKEND) ? new GitHttpBackend(root) : null;
  }

  /** The URL of the repository {@code name} under the root (it need not exist). */
  String url(String name) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + name;
  }

  private void handle(HttpExchange ex) throws IOException {
    try (ex) {
      Process cgi = start(ex);
      try (OutputStream in = cgi.getOutputStream();
          InputStream body = ex.getRequestBody()) {
        body.transferTo(in);
      }
      byte[] out;
      try (InputStream from = cgi.getInputStream()) {
        out = from.readAllBytes();
      }
      respond(ex, out);
    }
  }

  private Process start(HttpExchange ex) throws IOException {
    ProcessBuilder pb =
        new ProcessBuilder(BACKEND.toString()).redirectError(ProcessBuilder.Redirect.DISCARD);
    Map<String, String> env = pb.environment();
    env.put("GIT_PROJECT_ROOT", root.toString());
    env.put("GIT_HTTP_EXPORT_ALL", "1");
    env.put("REQUEST_METHOD", ex.getRequestMethod());
    env.put("PATH_INFO", ex.getRequestURI().getPath());
    String query = ex.getRequestURI().getRawQuery();
    env.put("QUERY_STRING", query == null ? "" : query);
    header(ex, "Content-Type", env, "CONTENT_TYPE");
    header(ex, "Content-Encoding", env, "HTTP_CONTENT_ENCODING");
    header(ex, "Git-Protocol", env, "GIT_PROTOCOL");
    env.put("REMOTE_ADDR", "127.0.0.1");
    return pb.start();
  }

  private static void header(HttpExchange ex, String name, Map<String, String> env, String var) {
    String value = ex.getRequestHeaders().getFirst(name);
    if (value != null) {
      env.put(var, value);
    }
  }

  /** Splits the CGI output into its headers (with an optional Status) and the body. */
  private static void respond(HttpExchange ex, byte[] out) throws IOException {
    int split = indexOf(out, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    int skip = 4;
    if (split < 0) {
      split = indexOf(out, "\n\n".getBytes(StandardCharsets.US_ASCII));
      skip = 2;
    }
    String head = new String(out, 0, Math.max(split, 0), StandardCharsets.ISO_8859_1);
    int status = 200;
    for (String line : head.split("\r?\n")) {
      int colon = line.indexOf(':');
      if (colon < 0) {
        continue;
      }
      String name = line.substring(0, colon).trim();
      String value = line.substring(colon + 1).trim();
      if (name.equalsIgnoreCase("Status")) {
        status = Integer.parseInt(value.split(" ")[0]);
      } else {
        ex.getResponseHeaders().add(name, value);
      }
    }
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.write(out, split + skip, out.length - split - skip);
    ex.sendResponseHeaders(status, body.size() == 0 ? -1 : body.size());
    if (body.size() > 0) {
      try (OutputStream os = ex.getResponseBody()) {
        body.writeTo(os);
      }
    }
  }

  private static int indexOf(byte[] data, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= data.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (data[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
