package dev.readiness.secrets;

import dev.readiness.secrets.SecretFinding.Place;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a whole file says about the credentials on its lines: encrypted material holds none, a
 * Markdown code fence shows an example, a web app's Firebase key is public by design, and a
 * committed dotenv file is where secrets are kept, so any real value under a secret's name counts.
 */
public final class FileSecrets {
  /** Encrypted or sealed: the values are ciphertext, safe to commit by design. */
  private static final List<String> ENCRYPTED_MARKERS =
      List.of(
          "kind: SealedSecret",
          "-----BEGIN AGE ENCRYPTED FILE-----",
          "-----BEGIN PGP MESSAGE-----",
          "ENC[AES256_GCM,");

  /** Dotenv files that are templates by their suffix: committed on purpose, values are samples. */
  private static final Set<String> TEMPLATE_SUFFIXES =
      Set.of(
          "example",
          "sample",
          "template",
          "tmpl",
          "tpl",
          "dist",
          "defaults",
          "default",
          "schema",
          "skeleton",
          "stub");

  private static final Pattern ASSIGNMENT =
      Pattern.compile("^\\s*(?:export\\s+)?([A-Za-z_][A-Za-z0-9_.]*)\\s*=\\s*(.*?)\\s*$");

  /**
   * A name that ends in what it holds: {@code DB_PASSWORD}, not {@code PASSWORD_HASH_ALGORITHM}.
   */
  private static final Pattern SECRET_NAME =
      Pattern.compile(
          "(?i).*(password|passwd|pwd|secret|token|_key|apikey|credentials?|secret_key_base)$");

  /** Names a framework exposes to the browser: their values are public by design. */
  private static final Pattern PUBLIC_NAME =
      Pattern.compile(
          "^(NEXT_PUBLIC_|VITE_|REACT_APP_|EXPO_PUBLIC_|NUXT_PUBLIC_|GATSBY_|PUBLIC_).*");

  private static final Pattern FENCE = Pattern.compile("^\\s{0,3}(```|~~~)");
  private static final Set<String> MARKDOWN = Set.of("md", "markdown", "mdx");

  private FileSecrets() {}

  /** SealedSecrets, SOPS, age and PGP messages: ciphertext, never a leak. */
  public static boolean encrypted(String text) {
    for (String marker : ENCRYPTED_MARKERS) {
      if (text.contains(marker)) {
        return !marker.startsWith("ENC[") || text.contains("\nsops:");
      }
    }
    return false;
  }

  /** A dotenv file that may hold real values: .env, .env.production, not .env.example. */
  public static boolean isDotenv(String path) {
    String name = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
    if (!name.equals(".env") && !name.startsWith(".env.")) {
      return false;
    }
    String[] parts = name.substring(1).split("\\.");
    for (String part : parts) {
      if (TEMPLATE_SUFFIXES.contains(part)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The line findings with their file's context applied: fenced code in Markdown is documentation,
   * and a Google API key in a Firebase web config is a publishable client key.
   */
  public static List<SecretFinding> refine(String path, String text, List<SecretFinding> found) {
    if (found.isEmpty()) {
      return found;
    }
    BitSet fenced = markdown(path) ? fencedLines(text) : null;
    boolean firebase = text.contains("authDomain") || text.contains("firebaseapp.com");
    List<SecretFinding> out = new ArrayList<>(found.size());
    for (SecretFinding f : found) {
      if (f.place() != Place.COMMITTED) {
        out.add(f);
      } else if (fenced != null && fenced.get(f.line())) {
        out.add(f.at(Place.DOCUMENTATION));
      } else if (firebase && f.ruleId().equals("gcp-api-key")) {
        out.add(f.at(Place.PUBLISHABLE));
      } else {
        out.add(f);
      }
    }
    return out;
  }

  /**
   * In a dotenv file, every secret-named variable with a real value, except lines a rule already
   * found: a weak password in .env is still a leak, whatever its entropy.
   */
  public static List<SecretFinding> dotenv(
      String path, String text, Place place, List<SecretFinding> already) {
    List<SecretFinding> out = new ArrayList<>();
    BitSet seen = new BitSet();
    already.forEach(f -> seen.set(f.line()));
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      Matcher m = ASSIGNMENT.matcher(lines[i]);
      if (seen.get(i + 1) || !m.matches() || !SECRET_NAME.matcher(m.group(1)).matches()) {
        continue;
      }
      String value = unquote(m.group(2));
      if (realValue(value)) {
        Place p = PUBLIC_NAME.matcher(m.group(1)).matches() ? Place.PUBLISHABLE : place;
        out.add(
            new SecretFinding(
                path,
                i + 1,
                "dotenv-secret",
                SecretScanner.maskAll(value),
                p,
                SecretScanner.fingerprint(value)));
      }
    }
    return out;
  }

  /** Not empty, not a reference ($VAR, ${VAR}), a URL without credentials or a placeholder. */
  static boolean realValue(String value) {
    if (value.length() < 8 || value.startsWith("$") || value.chars().allMatch(Character::isDigit)) {
      return false;
    }
    if (value.contains("://") && !value.matches(".*://[^/@\\s]+:[^/@\\s]+@.*")) {
      return false;
    }
    return !SecretScanner.placeholderWord(value);
  }

  private static String unquote(String raw) {
    String v = raw;
    if (v.length() >= 2 && (v.charAt(0) == '"' || v.charAt(0) == '\'')) {
      int close = v.indexOf(v.charAt(0), 1);
      return close > 0 ? v.substring(1, close) : v.substring(1);
    }
    int comment = v.indexOf(" #");
    return comment >= 0 ? v.substring(0, comment).strip() : v;
  }

  private static boolean markdown(String path) {
    int dot = path.lastIndexOf('.');
    return dot >= 0 && MARKDOWN.contains(path.substring(dot + 1).toLowerCase(Locale.ROOT));
  }

  /** The 1-based lines inside fenced code blocks. */
  static BitSet fencedLines(String text) {
    BitSet inside = new BitSet();
    boolean open = false;
    int line = 1;
    for (String l : text.split("\n", -1)) {
      if (FENCE.matcher(l).find()) {
        open = !open;
      } else if (open) {
        inside.set(line);
      }
      line++;
    }
    return inside;
  }
}
