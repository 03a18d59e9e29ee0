package dev.readiness.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Keeps the text report inside a terminal: every line at most {@link #WIDTH} columns. A list that
 * ends a line ("failing: a, b, c") keeps its first items and says how many more there are; prose
 * wraps at spaces under a hanging indent. JSON keeps everything in full.
 */
final class TextLines {
  static final int WIDTH = 120;
  private static final String SEPARATOR = ", ";

  private TextLines() {}

  /**
   * Prose after a head, wrapped at spaces under a hanging indent.
   *
   * @param head the start of the line (plain text, no colour codes), kept whole
   * @return one or more lines, each ending in a newline
   */
  static String fit(String head, String text) {
    String line = head + text;
    return line.length() <= WIDTH ? line + "\n" : wrap(head, text);
  }

  /**
   * A list that ends a line: as many items as fit, then how many more there are ("a, b and 237
   * more"); wrapped like prose when not even the first item fits.
   *
   * @param intro what comes before the items on the line ("3/240 apps pass; failing: ")
   */
  static String list(String head, String intro, List<String> items) {
    String whole = head + intro + String.join(SEPARATOR, items);
    if (whole.length() <= WIDTH || items.isEmpty()) {
      return fit(head, intro + String.join(SEPARATOR, items));
    }
    int n = items.size();
    StringBuilder kept = new StringBuilder(head).append(intro).append(items.get(0));
    if (kept.length() + more(n - 1).length() > WIDTH) {
      // a long head leaves no room on its own line: the whole list wraps when it is short
      String all = String.join(SEPARATOR, items);
      return fit(head, intro + (all.length() <= WIDTH ? all : items.get(0) + more(n - 1)));
    }
    for (int i = 1; i < n; i++) {
      String next = SEPARATOR + items.get(i);
      if (kept.length() + next.length() + more(n - i - 1).length() > WIDTH) {
        return kept + more(n - i) + "\n";
      }
      kept.append(next);
    }
    return kept + "\n";
  }

  /**
   * A reason that ends in a list of apps ("...; failing: a, b, c", as app-scoped signals give it)
   * as a list, any other reason as prose.
   */
  static String reason(String head, String reason) {
    int at = reason.lastIndexOf(FAILING);
    if (at < 0) {
      return fit(head, reason);
    }
    String intro = reason.substring(0, at + FAILING.length());
    return list(head, intro, List.of(reason.substring(intro.length()).split(SEPARATOR, -1)));
  }

  private static final String FAILING = "failing: ";

  private static String more(int left) {
    return left == 0 ? "" : " and " + left + " more";
  }

  /** Wraps at spaces; the continuation lines are indented under the text's start. */
  static String wrap(String head, String text) {
    String indent = " ".repeat(Math.min(head.length(), WIDTH / 3));
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder(head);
    boolean empty = true;
    for (String word : text.split(" ")) {
      if (!empty && line.length() + 1 + word.length() > WIDTH) {
        lines.add(line.toString());
        line = new StringBuilder(indent);
        empty = true;
      }
      if (!empty) {
        line.append(' ');
      }
      appendBroken(line, word, indent, lines);
      empty = false;
    }
    lines.add(line.toString());
    return String.join("\n", lines) + "\n";
  }

  /** A word longer than a whole line (a long URL) is broken at the width. */
  private static void appendBroken(
      StringBuilder line, String word, String indent, List<String> out) {
    String rest = word;
    while (line.length() + rest.length() > WIDTH && WIDTH - line.length() > 0) {
      int room = WIDTH - line.length();
      line.append(rest, 0, room);
      out.add(line.toString());
      line.setLength(0);
      line.append(indent);
      rest = rest.substring(room);
    }
    line.append(rest);
  }
}
