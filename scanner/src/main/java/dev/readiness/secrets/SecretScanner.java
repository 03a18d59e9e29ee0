package dev.readiness.secrets;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;

/** Applies {@link SecretRules} to the lines where an anchor was found, masking every value. */
public final class SecretScanner {
  private static final double MIN_GENERIC_ENTROPY = 3.5;
  private static final List<String> PLACEHOLDER_WORDS =
      List.of(
          "example",
          "changeme",
          "change_me",
          "placeholder",
          "your",
          "xxxx",
          "dummy",
          "redacted",
          "sample",
          "fake",
          "test",
          "todo",
          "****",
          "<",
          "${",
          "{{",
          "env",
          "secret_key_base");

  private SecretScanner() {}

  /** Checks one line for every rule that has an anchor in it. */
  public static List<SecretFinding> scanLine(
      String path, int lineNumber, String line, boolean testPath) {
    List<SecretFinding> findings = new ArrayList<>();
    for (SecretRule rule : SecretRules.all()) {
      if (!hasAnchor(rule, line)) {
        continue;
      }
      Matcher m = rule.pattern().matcher(line);
      while (m.find()) {
        String value = m.group(rule.valueGroup());
        if (rule.valueGroup() > 0 && !looksSecret(value)) {
          continue;
        }
        findings.add(new SecretFinding(path, lineNumber, rule.id(), mask(value), testPath));
        break;
      }
    }
    return findings;
  }

  private static boolean hasAnchor(SecretRule rule, String line) {
    for (String anchor : rule.anchors()) {
      if (line.contains(anchor)) {
        return true;
      }
    }
    return false;
  }

  static boolean looksSecret(String value) {
    String lower = value.toLowerCase(Locale.ROOT);
    for (String word : PLACEHOLDER_WORDS) {
      if (lower.contains(word)) {
        return false;
      }
    }
    if (value.chars().allMatch(c -> Character.isLetter(c) || c == '_' || c == '.' || c == '-')) {
      return false; // identifiers, dotted names and words are references, not credentials
    }
    return entropy(value) >= MIN_GENERIC_ENTROPY;
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

  /** Keeps four characters and the length: enough to find the value, never enough to use it. */
  public static String mask(String value) {
    String head = value.length() > 8 ? value.substring(0, 4) : "";
    return head + "…(" + value.length() + " chars)";
  }
}
