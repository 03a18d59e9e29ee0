package dev.readiness.facts;

import java.util.regex.Pattern;

/**
 * Repository-relative glob patterns: {@code *} within a segment, {@code **} across segments, {@code
 * ?}, and {@code {a,b}} alternatives. Matching ignores case.
 */
public final class Glob {
  private final String pattern;
  private final Pattern regex;

  private Glob(String pattern) {
    this.pattern = pattern;
    this.regex = Pattern.compile(toRegex(pattern), Pattern.CASE_INSENSITIVE);
  }

  public static Glob of(String pattern) {
    return new Glob(pattern);
  }

  public boolean matches(String path) {
    return regex.matcher(path).matches();
  }

  /** The literal directory prefix before the first wildcard, e.g. ".github/workflows/". */
  String literalDirectory() {
    int wildcard = firstWildcard(pattern);
    String literal = pattern.substring(0, wildcard);
    int slash = literal.lastIndexOf('/');
    return slash < 0 ? "" : literal.substring(0, slash + 1);
  }

  private static int firstWildcard(String p) {
    for (int i = 0; i < p.length(); i++) {
      if ("*?{[".indexOf(p.charAt(i)) >= 0) {
        return i;
      }
    }
    return p.length();
  }

  static String toRegex(String glob) {
    StringBuilder sb = new StringBuilder();
    int i = 0;
    while (i < glob.length()) {
      char c = glob.charAt(i);
      if (glob.startsWith("**/", i)) {
        sb.append("(?:.*/)?");
        i += 3;
        continue;
      }
      if (glob.startsWith("**", i)) {
        sb.append(".*");
        i += 2;
        continue;
      }
      switch (c) {
        case '*' -> sb.append("[^/]*");
        case '?' -> sb.append("[^/]");
        case '{' -> sb.append("(?:");
        case '}' -> sb.append(')');
        case ',' -> sb.append(depthOf(glob, i) > 0 ? "|" : ",");
        default -> sb.append(Pattern.quote(String.valueOf(c)));
      }
      i++;
    }
    return sb.toString();
  }

  private static int depthOf(String glob, int index) {
    int depth = 0;
    for (int i = 0; i < index; i++) {
      if (glob.charAt(i) == '{') {
        depth++;
      } else if (glob.charAt(i) == '}') {
        depth--;
      }
    }
    return depth;
  }

  @Override
  public String toString() {
    return pattern;
  }
}
