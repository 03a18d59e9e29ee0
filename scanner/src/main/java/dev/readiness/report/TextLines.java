package dev.readiness.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Keeps the text report inside a terminal: every line at most {@link #WIDTH} columns. A list that
 * ends a line ("failing: a, b, c") keeps its first items and says how many more there are; other
 * long text wraps at spaces under a hanging indent. JSON keeps everything in full.
 */
final class TextLines {
  static final int WIDTH = 120;
  private static final String LIST_START = ": ";
  private static final String SEPARATOR = ", ";

  private TextLines() {}

  /**
   * @param head the start of the line (plain text, no colour codes), kept whole
   * @param text what follows it, summarised or wrapped to fit
   * @return one or more lines, each ending in a newline
   */
  static String fit(String head, String text) {
    String line = head + text;
    if (line.length() <= WIDTH) {
      return line + "\n";
    }
    String summarised = summariseList(head, text);
    return summarised != null ? summarised + "\n" : wrap(head, text);
  }

  /** The line with its trailing list cut to what fits, or null when there is no such list. */
  static String summariseList(String head, String text) {
    int start = text.lastIndexOf(LIST_START);
    if (start < 0) {
      return null;
    }
    String intro = head + text.substring(0, start + LIST_START.length());
    String[] items = text.substring(start + LIST_START.length()).split(SEPARATOR, -1);
    if (items.length < 2) {
      return null;
    }
    int n = items.length;
    StringBuilder kept = new StringBuilder(intro).append(items[0]);
    if (kept.length() + more(n - 1).length() > WIDTH) {
      return null;
    }
    for (int i = 1; i < n; i++) {
      String next = SEPARATOR + items[i];
      if (kept.length() + next.length() + more(n - i - 1).length() > WIDTH) {
        return kept + more(n - i);
      }
      kept.append(next);
    }
    return kept.toString();
  }

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
