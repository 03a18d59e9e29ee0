package dev.readiness.secrets;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Applies {@link SecretRules} to the lines where an anchor was found, masking every value. */
public final class SecretScanner {
  private static final double MIN_GENERIC_ENTROPY = 3.5;

  /** Words documentation writes where a value belongs, whole or inside a value. */
  private static final List<String> STAND_INS =
      List.of(
          "example",
          "changeme",
          "placeholder",
          "your",
          "dummy",
          "redacted",
          "sample",
          "fake",
          "test",
          "todo");

  /** Whole words that make a value a stand-in: {@link #placeholderWord}. */
  private static final java.util.Set<String> PLACEHOLDER_TOKENS =
      java.util.Set.copyOf(
          concat(STAND_INS, "change", "replace", "secret", "password", "none", "null", "empty"));

  /** Text that makes a value a stand-in wherever it occurs in it: {@link #placeholder}. */
  private static final List<String> PLACEHOLDER_WORDS =
      concat(STAND_INS, "change_me", "xxxx", "****", "<", "${", "{{", "env", "secret_key_base");

  private static List<String> concat(List<String> base, String... more) {
    List<String> out = new ArrayList<>(base);
    out.addAll(List.of(more));
    return List.copyOf(out);
  }

  /** Text that only stands in for a key's body in documentation: rows of X's, "...", "<key>". */
  private static final List<String> BODY_PLACEHOLDERS =
      List.of("xxx", "...", "\u2026", "<", "-----end");

  private static final Pattern BASE64_RUN = Pattern.compile("[A-Za-z0-9+/=]{16,}");

  private SecretScanner() {}

  /**
   * A line with a rule's anchor on it.
   *
   * @param next the line after it ("" at the end): where a key block's body starts
   * @param place where the file sits (a test or documentation path), before the line's own context
   * @param code source in a programming language, where a string value is always quoted
   */
  public record Candidate(
      String path, int number, String text, String next, SecretFinding.Place place, boolean code) {}

  /**
   * Checks one line for every rule that has an anchor in it. One value is one finding: the specific
   * rules come first, and a later rule's match on a value already found is not another finding.
   */
  public static List<SecretFinding> scan(Candidate line) {
    List<SecretFinding> findings = new ArrayList<>();
    List<int[]> taken = new ArrayList<>(2);
    for (SecretRule rule : SecretRules.all()) {
      if (!hasAnchor(rule, line.text())) {
        continue;
      }
      Matcher m = rule.pattern().matcher(line.text());
      while (m.find()) {
        int start = m.start(rule.valueGroup());
        int end = m.end(rule.valueGroup());
        if (overlaps(taken, start, end) || !counts(rule, m, line)) {
          continue;
        }
        String value = m.group(rule.valueGroup());
        taken.add(new int[] {start, end});
        findings.add(
            new SecretFinding(
                line.path(),
                line.number(),
                rule.id(),
                rule.valueGroup() == 0 ? mask(value) : maskAll(value),
                line.place(),
                fingerprint(value)));
        break;
      }
    }
    return findings;
  }

  private static boolean overlaps(List<int[]> taken, int start, int end) {
    for (int[] t : taken) {
      if (start < t[1] && t[0] < end) {
        return true;
      }
    }
    return false;
  }

  /**
   * A value as documentation writes one: a vendor's published example key ({@code
   * AKIAIOSFODNN7EXAMPLE}), a placeholder word, or a run of one character ({@code xxxxxxxx}).
   */
  static boolean exampleValue(String value) {
    String lower = value.toLowerCase(Locale.ROOT);
    for (String word : EXAMPLE_WORDS) {
      if (lower.contains(word)) {
        return true;
      }
    }
    return REPEATED.matcher(value).find();
  }

  private static final List<String> EXAMPLE_WORDS =
      List.of("example", "placeholder", "dummy", "redacted", "sample", "your_", "yourkey");
  private static final Pattern REPEATED = Pattern.compile("(.)\\1{7,}");
  private static final Pattern UUID =
      Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  /**
   * The first 16 hex digits of the value's SHA-256: tells values apart across files and commits, is
   * never printed, and gives nothing of a value that is not already known.
   */
  static String fingerprint(String value) {
    try {
      byte[] d =
          java.security.MessageDigest.getInstance("SHA-256")
              .digest(value.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return java.util.HexFormat.of().formatHex(d, 0, 8);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static boolean counts(SecretRule rule, Matcher m, Candidate line) {
    if (rule.keyBlock()) {
      return !placeholderBody(line.text().substring(m.end()) + "\n" + line.next());
    }
    if (rule.valueGroup() == 0) {
      return !exampleValue(m.group());
    }
    int start = m.start(rule.valueGroup());
    int end = m.end(rule.valueGroup());
    return isWholeValue(line.text(), start, end, line.code())
        && looksSecret(m.group(rule.valueGroup()));
  }

  private static boolean hasAnchor(SecretRule rule, String line) {
    for (String anchor : rule.anchors()) {
      if (line.contains(anchor)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the text after a key header only stands in for a key, as documentation shows one: a
   * real key's base64 comes before any row of X's, "..." or END line.
   */
  static boolean placeholderBody(String following) {
    Matcher body = BASE64_RUN.matcher(following);
    String before = following.substring(0, body.find() ? body.start() : following.length());
    String lower = before.toLowerCase(Locale.ROOT);
    return BODY_PLACEHOLDERS.stream().anyMatch(lower::contains);
  }

  /**
   * Whether {@code line[start, end)} is a whole value rather than the head of a longer one: a
   * quoted value ends at its closing quote ({@code "EOFname...:=<-"} stops at ':' and is not a
   * token), an unquoted one at the end of the line, a blank, a separator or a comment. In {@code
   * code} an unquoted value is a name or an expression ({@code modadvapi32.NewProc(...)}, {@code
   * args.password}), never a literal.
   */
  static boolean isWholeValue(String line, int start, int end, boolean code) {
    char before = start > 0 ? line.charAt(start - 1) : ' ';
    char after = end < line.length() ? line.charAt(end) : '\n';
    if (before == '"' || before == '\'') {
      return after == before;
    }
    return !code && (Character.isWhitespace(after) || ",;#}]".indexOf(after) >= 0);
  }

  /** Whether the value holds a placeholder word: "changeme", "your-token", "${TOKEN}". */
  static boolean placeholder(String value) {
    String lower = value.toLowerCase(Locale.ROOT);
    for (String word : PLACEHOLDER_WORDS) {
      if (lower.contains(word)) {
        return true;
      }
    }
    return false;
  }

  static boolean looksSecret(String value) {
    if (placeholder(value)) {
      return false;
    }
    if (value.chars().allMatch(c -> Character.isLetter(c) || "_.-/".indexOf(c) >= 0)) {
      return false; // names, dotted names, paths and words are references, not credentials
    }
    if (UUID.matcher(value).matches()) {
      return false; // an identifier, as API examples show them; a UUID key is left to its own rule
    }
    return !isResourcePath(value) && entropy(value) >= MIN_GENERIC_ENTROPY;
  }

  /**
   * A path of words and numbers, such as {@code projects/123/secrets/db/versions/1}: it names where
   * a secret is kept. Base64 key material has '/' too, but its segments mix letters and digits.
   */
  static boolean isResourcePath(String value) {
    String[] segments = value.split("/", -1);
    if (segments.length < 3) {
      return false;
    }
    for (String segment : segments) {
      boolean word = segment.chars().allMatch(c -> Character.isLetter(c) || c == '-' || c == '_');
      boolean number = segment.chars().allMatch(Character::isDigit);
      if (segment.isEmpty() || !(word || number)) {
        return false;
      }
    }
    return true;
  }

  /** Shannon entropy in bits per character. */
  static double entropy(String s) {
    int[] counts = new int[128];
    int other = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 128) {
        counts[c]++;
      } else {
        other++;
      }
    }
    double h = 0;
    for (int c : counts) {
      h -= term(c, s.length());
    }
    return h - term(other, s.length());
  }

  private static double term(int count, int total) {
    if (count == 0) {
      return 0;
    }
    double p = (double) count / total;
    return p * Math.log(p) / Math.log(2);
  }

  /**
   * A value without any of its characters, only its length: for a password-like value, where even a
   * few characters narrow a guess.
   */
  public static String maskAll(String value) {
    return "…(" + value.length() + " chars)";
  }

  /**
   * Whether one of the value's words is a placeholder ({@code changeme-please}, {@code
   * sk_test_changeme}), as whole words: {@code Environment-2024} holds no "env" placeholder.
   */
  static boolean placeholderWord(String value) {
    for (String word : value.toLowerCase(Locale.ROOT).split("[^a-z0-9*<>{}$]+")) {
      if (PLACEHOLDER_TOKENS.contains(word)
          || word.startsWith("<")
          || word.startsWith("${")
          || word.startsWith("{{")
          || word.startsWith("xxxx")
          || word.equals("****")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Keeps four characters and the length, for a vendor's token: its prefix names the vendor, and
   * the rest stays hidden. Enough to find the value, never enough to use it.
   */
  public static String mask(String value) {
    String head = value.length() > 8 ? value.substring(0, 4) : "";
    return head + "…(" + value.length() + " chars)";
  }
}
