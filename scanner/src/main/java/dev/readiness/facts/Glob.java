package dev.readiness.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Repository-relative glob patterns: {@code *} within a segment, {@code **} across segments, {@code
 * ?}, and {@code {a,b}} alternatives. Matching ignores case, except in a literal that starts with a
 * capital right after a {@code *}: naming conventions such as {@code *IT.java} or {@code
 * *Test.java} mean their capitals ({@code ProbeHit.java} is not an integration test), while {@code
 * README.md} also finds {@code readme.md}.
 */
public final class Glob {
  private static final String ANY_DIRS = "**/";

  private final String pattern;
  private final Pattern regex;
  private final boolean nameOnly;
  private final Needle literal;

  private Glob(String pattern) {
    this.pattern = pattern;
    // "**/name-pattern": only the last segment can match, so match the name alone
    String rest = pattern.startsWith(ANY_DIRS) ? pattern.substring(ANY_DIRS.length()) : "/";
    this.nameOnly = rest.indexOf('/') < 0 && !rest.contains("**");
    String effective = nameOnly ? rest : pattern;
    this.regex = Pattern.compile(toRegex(effective), Pattern.CASE_INSENSITIVE);
    this.literal = Needle.of(requiredLiteral(pattern));
  }

  public static Glob of(String pattern) {
    return new Glob(pattern);
  }

  public boolean matches(String path) {
    if (!literal.in(path)) {
      return false; // cheap rejection: most paths lack the pattern's longest literal
    }
    return regex.matcher(nameOnly ? path.substring(path.lastIndexOf('/') + 1) : path).matches();
  }

  /**
   * The longest literal run outside braces and wildcards, without its slashes ({@code "**}{@code
   * /migrations/**"} gives "migrations"): every matching path contains it, ignoring case.
   */
  static String requiredLiteral(String pattern) {
    String best = "";
    int depth = 0;
    int start = 0;
    for (int i = 0; i <= pattern.length(); i++) {
      char c = i < pattern.length() ? pattern.charAt(i) : '*';
      boolean breaks = depth > 0 || "*?{}[".indexOf(c) >= 0;
      if (breaks) {
        String run = stripSlashes(pattern.substring(start, Math.max(start, i)));
        best = run.length() > best.length() ? run : best;
        start = i + 1;
      }
      depth += c == '{' ? 1 : c == '}' ? -1 : 0;
    }
    return best;
  }

  private static String stripSlashes(String run) {
    int from = 0;
    int to = run.length();
    while (from < to && run.charAt(from) == '/') {
      from++;
    }
    while (to > from && run.charAt(to - 1) == '/') {
      to--;
    }
    return run.substring(from, to);
  }

  /** The literal directory prefix before the first wildcard, e.g. ".github/workflows/". */
  static String literalDirectory(String pattern) {
    int wildcard = firstWildcard(pattern);
    String literal = pattern.substring(0, wildcard);
    int slash = literal.lastIndexOf('/');
    return slash < 0 ? "" : literal.substring(0, slash + 1);
  }

  /**
   * The brace-free patterns that {@code {a,b}} alternatives stand for, e.g. {@code *.{yml,yaml}} to
   * {@code *.yml} and {@code *.yaml}; empty when there would be more than {@code limit}.
   */
  static List<String> expand(String pattern, int limit) {
    int open = pattern.indexOf('{');
    if (open < 0) {
      return List.of(pattern);
    }
    int close = matchingBrace(pattern, open);
    if (close < 0) {
      return List.of(pattern);
    }
    List<String> out = new ArrayList<>();
    String head = pattern.substring(0, open);
    String tail = pattern.substring(close + 1);
    for (String option : topLevelOptions(pattern.substring(open + 1, close))) {
      for (String expanded : expand(head + option + tail, limit)) {
        if (out.size() == limit) {
          return List.of();
        }
        out.add(expanded);
      }
    }
    return out;
  }

  private static int matchingBrace(String p, int open) {
    int depth = 0;
    for (int i = open; i < p.length(); i++) {
      char c = p.charAt(i);
      depth += c == '{' ? 1 : c == '}' ? -1 : 0;
      if (depth == 0) {
        return i;
      }
    }
    return -1;
  }

  private static List<String> topLevelOptions(String inner) {
    List<String> options = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < inner.length(); i++) {
      char c = inner.charAt(i);
      depth += c == '{' ? 1 : c == '}' ? -1 : 0;
      if (c == ',' && depth == 0) {
        options.add(inner.substring(start, i));
        start = i + 1;
      }
    }
    options.add(inner.substring(start));
    return options;
  }

  static int firstWildcard(String p) {
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
        case '*' -> {
          sb.append("[^/]*");
          int end = literalRunEnd(glob, i + 1);
          String run = glob.substring(i + 1, end);
          if (!run.isEmpty() && Character.isUpperCase(run.charAt(0))) {
            sb.append("(?-i:").append(Pattern.quote(run)).append(')');
            i = end - 1;
          }
        }
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

  private static int literalRunEnd(String glob, int from) {
    int i = from;
    while (i < glob.length() && "*?{},/[".indexOf(glob.charAt(i)) < 0) {
      i++;
    }
    return i;
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
