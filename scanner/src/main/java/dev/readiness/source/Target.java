package dev.readiness.source;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.eclipse.jgit.transport.URIish;

/** What the user asked to scan: a local directory or a Git URL. */
public record Target(Path localPath, URIish url, String display) {
  private static final Pattern USER_INFO = Pattern.compile("(?i)([a-z][a-z0-9+.-]*://)[^/@\\s]+@");
  private static final Pattern BEARER = Pattern.compile("(?i)(bearer\\s+)[A-Za-z0-9._~+/=-]+");

  private static final Pattern REMOTE =
      Pattern.compile("^(https?|ssh|git|file)://.+|^[\\w.-]+@[\\w.-]+:.+");

  public static Target parse(String arg) throws SourceException {
    if (arg == null || arg.isBlank()) {
      throw new SourceException(2, "no repository given: pass a directory or a Git URL");
    }
    if (REMOTE.matcher(arg).matches()) {
      try {
        URIish uri = new URIish(arg);
        return new Target(null, uri, sanitize(uri));
      } catch (URISyntaxException e) {
        throw new SourceException(2, "not a valid Git URL: " + redact(arg));
      }
    }
    if (arg.contains("://")) {
      throw new SourceException(
          2, "unsupported URL scheme (use https, ssh, git or file): " + redact(arg));
    }
    Path p = Path.of(arg);
    if (!Files.exists(p)) {
      throw new SourceException(2, "no such directory: " + arg);
    }
    if (!Files.isDirectory(p)) {
      throw new SourceException(2, "not a directory: " + arg);
    }
    return new Target(
        p.toAbsolutePath().normalize(), null, p.toAbsolutePath().normalize().toString());
  }

  public boolean isRemote() {
    return url != null;
  }

  /** The URL without user info: safe for reports and logs. */
  static String sanitize(URIish uri) {
    return uri.setUser(null).setPass(null).toString();
  }

  /**
   * Removes "user:password@" from anything that looks like a URL, and the token after "Bearer":
   * safe for reports, logs, events and status.
   */
  public static String redact(String text) {
    String out = USER_INFO.matcher(text).replaceAll("$1");
    return BEARER.matcher(out).replaceAll("$1[redacted]");
  }
}
