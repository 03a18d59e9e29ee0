package dev.readiness.source;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.eclipse.jgit.transport.URIish;

/** What the user asked to scan: a local directory or a Git URL. */
public record Target(Path localPath, URIish url, String display) {
  /** Everything up to the last '@' of a URL token: a password may hold '@' or '/'. */
  private static final Pattern USER_INFO = Pattern.compile("(?i)([a-z][a-z0-9+.-]*://)[^\\s]*@");

  /** In text: the {@code user:secret@} of an scp-like address. */
  private static final Pattern SCP_INFO =
      Pattern.compile("(^|[\\s'\"(])[\\w.-]+:[^\\s@/]*@(?=[\\w.-]+:)");

  /** scp-like {@code user:secret@host:path}: a password where only a user name belongs. */
  private static final Pattern SCP_PASSWORD = Pattern.compile("^[^/\\s:@]+:[^\\s@]*@[\\w.-]+:.*");

  private static final Pattern BEARER = Pattern.compile("(?i)(bearer\\s+)[A-Za-z0-9._~+/=-]+");

  private static final Pattern REMOTE =
      Pattern.compile("^(https?|ssh|git|file)://.+|^[\\w.-]+@[\\w.-]+:.+");

  public static Target parse(String arg) throws SourceException {
    if (arg == null || arg.isBlank()) {
      throw new SourceException(2, "no repository given: pass a directory or a Git URL");
    }
    String refused = credentialsIn(arg);
    if (refused != null) {
      throw new SourceException(2, refused + ": " + redact(arg));
    }
    if (REMOTE.matcher(arg).matches()) {
      URIish uri;
      try {
        uri = new URIish(arg);
      } catch (URISyntaxException e) {
        throw new SourceException(2, "not a valid Git URL: " + redact(arg));
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
      try {
        return new Target(null, new URIish(dir.toUri().toURL()), dir.toString());
      } catch (java.net.MalformedURLException e) {
        throw new SourceException(2, "not a usable repository path: " + dir);
      }
    }
    return new Target(dir, null, dir.toString());
  }

  /**
   * Why a URL's user info is refused, or null when it holds no credential. Any user info over
   * HTTP(S), git or file (where it can only be a token or a password), and a password over SSH,
   * would be kept in shell history, process listings, assessment specs and reports; SSH user names
   * ({@code git@host}) are not secrets. Read from the text itself, not a parsed URL: a parser reads
   * {@code https://:token@host} or a password with a '/' as a URL with no user at all.
   */
  public static String credentialsIn(String url) {
    int scheme = url.indexOf("://");
    boolean refused;
    if (scheme < 0) {
      refused = SCP_PASSWORD.matcher(url).matches();
    } else {
      String rest = url.substring(scheme + 3);
      int at = rest.lastIndexOf('@');
      boolean ssh = url.regionMatches(true, 0, "ssh", 0, 3) && scheme == 3;
      refused = at >= 0 && (!ssh || rest.substring(0, at).contains(":"));
    }
    return refused
        ? "credentials in the URL are refused; pass them in READINESS_GIT_TOKEN or"
            + " READINESS_GIT_USERNAME and READINESS_GIT_PASSWORD (or their _FILE forms)"
        : null;
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
    out = SCP_INFO.matcher(out).replaceAll("$1");
    return BEARER.matcher(out).replaceAll("$1[redacted]");
  }
}
