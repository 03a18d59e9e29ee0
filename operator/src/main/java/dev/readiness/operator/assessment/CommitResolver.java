package dev.readiness.operator.assessment;

import dev.readiness.source.GitCredentials;
import dev.readiness.source.RemoteRefs;
import dev.readiness.source.SourceException;
import dev.readiness.source.Target;
import dev.readiness.source.TempDirs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Map;

/**
 * Resolves an assessment's ref to a commit with git ls-remote and a short timeout, using the
 * referenced Secret's values. An SSH key lives in a private temporary file only for the call.
 */
public class CommitResolver {
  private final RemoteRefs refs = new RemoteRefs(Duration.ofSeconds(20));

  /**
   * @param secret the credentials Secret's decoded data, empty when there is none
   */
  public String resolve(String url, String ref, Map<String, String> secret) throws SourceException {
    Target target = Target.parse(url);
    if (!secret.containsKey("ssh-privatekey")) {
      return refs.resolve(target, ref, credentials(secret, null, null));
    }
    Path dir = null;
    try {
      dir =
          Files.createTempDirectory(
              "readiness-ssh-",
              PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
      Path key = write(dir, "key", secret.get("ssh-privatekey"));
      Path hosts =
          secret.containsKey("known_hosts")
              ? write(dir, "known_hosts", secret.get("known_hosts"))
              : null;
      return refs.resolve(target, ref, credentials(secret, key, hosts));
    } catch (IOException e) {
      throw new SourceException(3, "cannot prepare SSH credentials");
    } finally {
      if (dir != null) {
        TempDirs.delete(dir, false);
      }
    }
  }

  private static GitCredentials credentials(Map<String, String> s, Path key, Path hosts) {
    String token = s.get("token");
    String user = s.get("username");
    String secret = token != null ? token : s.get("password");
    String username = user != null ? user : token != null ? "x-access-token" : null;
    return new GitCredentials(username, secret == null ? null : secret.strip(), key, hosts);
  }

  private static Path write(Path dir, String name, String content) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, content, StandardCharsets.UTF_8);
    Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rw-------"));
    return p;
  }
}
