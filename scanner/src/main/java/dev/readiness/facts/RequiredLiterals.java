package dev.readiness.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The literals a regular expression cannot match without: every match contains at least one of
 * them, ignoring case. A text that contains none is rejected before the (much slower) regex runs,
 * which is what makes repository-wide documentation searches cheap: most files mention none of the
 * words a signal looks for.
 *
 * <p>The analysis is deliberately small and errs towards "no filter": it understands literal
 * characters and escapes, groups with alternatives, character classes, anchors and quantifiers, and
 * gives up (an empty list, so the regex always runs) on anything else, such as look-arounds,
 * back-references, {@code \Q} quoting or comments mode.
 */
final class RequiredLiterals {
  private static final Map<String, List<Needle>> CACHE = new ConcurrentHashMap<>();
  private static final String ZERO_WIDTH_ESCAPES = "bBAzZG";
  private static final String CLASS_ESCAPES = "sSdDwWhHvVpPRX";

  /** Flags under which a literal means what it says: case-insensitive is checked ignoring case. */
  private static final int UNDERSTOOD_FLAGS =
      Pattern.CASE_INSENSITIVE | Pattern.MULTILINE | Pattern.DOTALL | Pattern.UNIX_LINES;

  private final String re;
  private int pos;

  /** Set by {@link #quantifier()}: the atom before it may occur more than once. */
  private boolean repeated;

  private RequiredLiterals(String re) {
    this.re = re;
  }

  /**
   * Lower-cased literals of which every match of {@code regex} contains one, each with the
   * character it is looked for by; worked out once per pattern. Empty: no filter.
   */
  static List<Needle> needles(Pattern regex) {
    if ((regex.flags() & ~UNDERSTOOD_FLAGS) != 0) {
      return List.of(); // comments mode, literal mode, Unicode case folding...
    }
    return CACHE.computeIfAbsent(
        regex.pattern(), p -> analyse(p).stream().map(Needle::of).toList());
  }

  /** Whether {@code text} may match: it contains one of {@code needles}; none: it may. */
  static boolean mayMatch(String text, List<Needle> needles) {
    if (needles.isEmpty()) {
      return true;
    }
    for (int i = 0; i < needles.size(); i++) {
      if (needles.get(i).in(text)) {
        return true;
      }
    }
    return false;
  }

  static List<String> analyse(String regex) {
    try {
      RequiredLiterals parser = new RequiredLiterals(regex);
      parser.skipLeadingFlags();
      List<String> found = parser.alternatives();
      return parser.pos == regex.length() && found != null ? withoutRedundant(found) : List.of();
    } catch (GiveUp e) {
      return List.of();
    }
  }

  /** Drops each literal that contains another: a text with the longer one has the shorter too. */
  private static List<String> withoutRedundant(List<String> literals) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < literals.size(); i++) {
      String literal = literals.get(i);
      boolean redundant = false;
      for (int j = 0; j < literals.size() && !redundant; j++) {
        String other = literals.get(j);
        redundant =
            j != i && literal.contains(other) && (other.length() < literal.length() || j < i);
      }
      if (!redundant) {
        out.add(literal);
      }
    }
    return List.copyOf(out);
  }

  /** Skips a leading {@code (?ims)}; gives up on other flags (comments mode, Unicode case). */
  private void skipLeadingFlags() {
    if (!re.startsWith("(?") || re.startsWith("(?:")) {
      return;
    }
    int close = re.indexOf(')');
    if (close < 0 || !re.substring(2, close).matches("[imsd-]*")) {
      throw new GiveUp();
    }
    pos = close + 1;
  }

  /** {@code a|b|c} up to a ')' or the end: the union of each branch's literals, or null. */
  private List<String> alternatives() {
    List<String> union = new ArrayList<>();
    boolean unknown = false;
    while (true) {
      List<String> branch = sequence();
      if (branch == null) {
        unknown = true;
      } else {
        union.addAll(branch);
      }
      if (pos < re.length() && re.charAt(pos) == '|') {
        pos++;
      } else {
        return unknown ? null : union;
      }
    }
  }

  /** One branch: the most selective requirement among its literal runs and required groups. */
  private List<String> sequence() {
    Sequence seq = new Sequence();
    while (pos < re.length() && re.charAt(pos) != '|' && re.charAt(pos) != ')') {
      atom(seq);
    }
    seq.endRun();
    return seq.best;
  }

  private void atom(Sequence seq) {
    char c = re.charAt(pos++);
    switch (c) {
      case '(' -> group(seq);
      case '[' -> {
        skipClass();
        seq.endRun();
        quantifier();
      }
      case '.', '^', '$' -> {
        seq.endRun();
        quantifier();
      }
      case '\\' -> escape(seq);
      case '*', '+', '?', '{', '}', ']' -> throw new GiveUp();
      default -> literal(seq, c);
    }
  }

  private void group(Sequence seq) {
    if (re.startsWith("?:", pos)) {
      pos += 2;
    } else if (pos < re.length() && re.charAt(pos) == '?') {
      throw new GiveUp(); // look-around, named group, inline flags
    }
    List<String> inner = alternatives();
    if (pos >= re.length() || re.charAt(pos) != ')') {
      throw new GiveUp();
    }
    pos++;
    seq.endRun();
    if (quantifier() > 0 && inner != null) {
      seq.consider(inner);
    }
  }

  private void escape(Sequence seq) {
    if (pos >= re.length()) {
      throw new GiveUp();
    }
    char e = re.charAt(pos++);
    int control = "ntrf".indexOf(e);
    if (control >= 0) {
      literal(seq, "\n\t\r\f".charAt(control));
    } else if (ZERO_WIDTH_ESCAPES.indexOf(e) >= 0) {
      seq.endRun();
    } else if (CLASS_ESCAPES.indexOf(e) >= 0 || Character.isLetterOrDigit(e)) {
      if ((e == 'p' || e == 'P') && pos < re.length() && re.charAt(pos) == '{') {
        int close = re.indexOf('}', pos);
        if (close < 0) {
          throw new GiveUp();
        }
        pos = close + 1;
      } else if (CLASS_ESCAPES.indexOf(e) < 0) {
        throw new GiveUp(); // \Q, \1, \t, \x41...: not worth understanding
      }
      seq.endRun();
      quantifier();
    } else {
      literal(seq, e);
    }
  }

  private void literal(Sequence seq, char c) {
    int min = quantifier();
    if (min == 0) {
      seq.endRun();
    } else {
      seq.run.append(c);
      if (min != 1 || repeated) {
        seq.endRun(); // "a+" or "a{2,}": the run cannot go on past a repeat
      }
    }
  }

  /**
   * Reads an optional quantifier after an atom and returns its minimum count (1 without one); sets
   * {@link #repeated} when the atom may occur more than once.
   */
  private int quantifier() {
    repeated = false;
    if (pos >= re.length()) {
      return 1;
    }
    char q = re.charAt(pos);
    int min;
    if (q == '?' || q == '*') {
      min = 0;
      repeated = q == '*';
      pos++;
    } else if (q == '+') {
      min = 1;
      repeated = true;
      pos++;
    } else if (q == '{') {
      int close = re.indexOf('}', pos);
      String[] bounds = close < 0 ? new String[0] : re.substring(pos + 1, close).split(",", -1);
      if (bounds.length == 0 || !bounds[0].matches("\\d+")) {
        throw new GiveUp();
      }
      min = Integer.parseInt(bounds[0]);
      repeated = bounds.length > 1 || min > 1;
      pos = close + 1;
    } else {
      return 1;
    }
    if (pos < re.length() && (re.charAt(pos) == '?' || re.charAt(pos) == '+')) {
      pos++; // lazy or possessive
    }
    return min;
  }

  private void skipClass() {
    int depth = 1;
    if (pos < re.length() && re.charAt(pos) == '^') {
      pos++;
    }
    if (pos < re.length() && re.charAt(pos) == ']') {
      pos++;
    }
    while (pos < re.length() && depth > 0) {
      char c = re.charAt(pos++);
      if (c == '\\') {
        pos++;
      } else if (c == '[') {
        depth++;
      } else if (c == ']') {
        depth--;
      }
    }
    if (depth > 0) {
      throw new GiveUp();
    }
  }

  /** The literal runs and required groups of one branch, and the most selective so far. */
  private static final class Sequence {
    final StringBuilder run = new StringBuilder();
    List<String> best;

    void endRun() {
      if (run.length() > 0) {
        consider(List.of(run.toString().toLowerCase(Locale.ROOT)));
        run.setLength(0);
      }
    }

    /** Keeps the requirement whose shortest literal is longest: it rejects the most text. */
    void consider(List<String> literals) {
      if (literals.isEmpty()) {
        return;
      }
      if (best == null || shortest(literals) > shortest(best)) {
        best = literals;
      }
    }

    private static int shortest(List<String> literals) {
      return literals.stream().mapToInt(String::length).min().orElse(0);
    }
  }

  /** The regex uses something this analysis does not model. */
  private static final class GiveUp extends RuntimeException {
    private static final long serialVersionUID = 1L;

    GiveUp() {
      super(null, null, false, false);
    }
  }
}
