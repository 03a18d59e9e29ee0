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
      URIish uri;
      try {
        uri = new URIish(arg);
      } catch (URISyntaxException e) {
        throw new SourceException(2, "not a valid Git URL: " + redact(arg));
      }
      String refused = credentialsIn(uri);
      if (refused != null) {
        throw new SourceException(2, refused + ": " + sanitize(uri));
      }
      return new Target(null, uri, sanitize(uri));
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
    Path dir = p.toAbsolutePath().normalize();
    if (isGitDirectory(dir)) {
      // a bare repository (or a .git directory) has no work tree: scan its HEAD by cloning it
      return new Target(
          null, new URIish().setScheme("file").setPath(dir.toString()), dir.toString());
    }
    return new Target(dir, null, dir.toString());
  }

  /**
   * Why a URL's user info is refused, or null when it holds no credential. A password, or a user
   * name over HTTP(S), git or file (where it can only be a token), would be kept in shell history,
   * process listings, assessment specs and reports; SSH user names ({@code git@host}) are not
   * secrets. Credentials come from READINESS_GIT_* variables or the assessment's Secret.
   */
  public static String credentialsIn(URIish uri) {
    boolean ssh = uri.getScheme() == null || "ssh".equalsIgnoreCase(uri.getScheme());
    if (uri.getPass() != null || !ssh && uri.getUser() != null) {
      return "credentials in the URL are refused; pass them in READINESS_GIT_TOKEN or"
          + " READINESS_GIT_USERNAME and READINESS_GIT_PASSWORD (or their _FILE forms)";
    }
    return null;
  }

  /** A bare repository or a .git directory itself: HEAD, objects/ and refs/, and no .git inside. */
  static boolean isGitDirectory(Path dir) {
    return !Files.exists(dir.resolve(".git"))
        && org.eclipse.jgit.lib.RepositoryCache.FileKey.isGitRepository(
            dir.toFile(), org.eclipse.jgit.util.FS.DETECTED);
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
