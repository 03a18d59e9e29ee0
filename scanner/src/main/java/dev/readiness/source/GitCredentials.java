package dev.readiness.source;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.UsernamePasswordCredentialsProvider;

/**
 * Credentials from environment variables or files (the *_FILE variants, as mounted from a
 * Kubernetes Secret). Values are held only here and never printed; {@link #secrets()} lists them so
 * error messages can be scrubbed.
 *
 * <ul>
 *   <li>READINESS_GIT_TOKEN(_FILE): HTTPS token (user READINESS_GIT_USERNAME or x-access-token)
 *   <li>READINESS_GIT_USERNAME(_FILE) and READINESS_GIT_PASSWORD(_FILE)
 *   <li>READINESS_SSH_KEY_FILE and READINESS_SSH_KNOWN_HOSTS_FILE for ssh:// and scp-style URLs
 * </ul>
 */
public record GitCredentials(String username, String secret, Path sshKey, Path knownHosts) {

  public static GitCredentials fromEnvironment(Map<String, String> env) throws SourceException {
    String token = value(env, "READINESS_GIT_TOKEN");
    String user = value(env, "READINESS_GIT_USERNAME");
    String password = value(env, "READINESS_GIT_PASSWORD");
    String secret = token != null ? token : password;
    String username = user != null ? user : token != null ? "x-access-token" : null;
    Path key = path(env, "READINESS_SSH_KEY_FILE");
    Path hosts = path(env, "READINESS_SSH_KNOWN_HOSTS_FILE");
    return new GitCredentials(username, secret, key, hosts);
  }

  public static GitCredentials none() {
    return new GitCredentials(null, null, null, null);
  }

  public CredentialsProvider provider() {
    return secret == null ? null : new UsernamePasswordCredentialsProvider(username, secret);
  }

  /** Values that must never appear in output. */
  public List<String> secrets() {
    List<String> out = new ArrayList<>();
    if (secret != null && !secret.isEmpty()) {
      out.add(secret);
    }
    return out;
  }

  @Override
  public String toString() {
    return "GitCredentials[username="
        + (username == null ? "none" : "set")
        + ", secret="
        + (secret == null ? "none" : "****")
        + ", sshKey="
        + (sshKey == null ? "none" : "set")
        + "]";
  }

  private static String value(Map<String, String> env, String name) throws SourceException {
    String direct = env.get(name);
    if (direct != null && !direct.isEmpty()) {
      return direct;
    }
    String file = env.get(name + "_FILE");
    if (file == null || file.isEmpty()) {
      return null;
    }
    try {
      return Files.readString(Path.of(file), StandardCharsets.UTF_8).strip();
    } catch (IOException | RuntimeException e) {
      throw new SourceException(2, name + "_FILE: cannot read " + file);
    }
  }

  private static Path path(Map<String, String> env, String name) throws SourceException {
    String file = env.get(name);
    if (file == null || file.isEmpty()) {
      return null;
    }
    Path p = Path.of(file);
    if (!Files.isReadable(p)) {
      throw new SourceException(2, name + ": cannot read " + file);
    }
    return p;
  }
}
