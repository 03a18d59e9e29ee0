package dev.readiness.signals;

import dev.readiness.facts.FileEntry;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads commands out of documentation: fenced and indented code blocks, "$ " prompt lines and
 * inline code spans that hold a command.
 */
final class Docs {
  static final List<String> INSTRUCTION_FILES =
      List.of(
          "README*",
          "AGENTS.md",
          "CLAUDE.md",
          "CONTRIBUTING*",
          "docs/CONTRIBUTING*",
          ".github/CONTRIBUTING*",
          "docs/*.md",
          "DEVELOPMENT.md",
          "HACKING.md",
          "BUILDING*",
          "TESTING*",
          "INSTALL*",
          "docs/*/*.md");

  private Docs() {}

  /** "path:line" of the first documented command matching {@code command}, if any. */
  static Optional<String> command(SignalContext ctx, Pattern command) {
    for (String glob : INSTRUCTION_FILES) {
      for (FileEntry f : ctx.facts().files().glob(glob)) {
        String text = ctx.facts().text(f.path());
        if (text != null) {
          Optional<Integer> line = commandLine(text, command);
          if (line.isPresent()) {
            return Optional.of(f.path() + ":" + line.get());
          }
        }
      }
    }
    return Optional.empty();
  }

  /** A command in an inline code span: "Run `go test` before you push." */
  private static boolean inlineCode(String line, Pattern command) {
    int open = line.indexOf('`');
    while (open >= 0) {
      int close = line.indexOf('`', open + 1);
      if (close < 0) {
        return false;
      }
      if (command.matcher(line.substring(open + 1, close)).find()) {
        return true;
      }
      open = line.indexOf('`', close + 1);
    }
    return false;
  }

  static Optional<Integer> commandLine(String markdown, Pattern command) {
    String[] lines = markdown.split("\n", -1);
    boolean inFence = false;
    for (int i = 0; i < lines.length; i++) {
      String l = lines[i].strip();
      if (l.startsWith("```") || l.startsWith("~~~")) {
        inFence = !inFence;
        continue;
      }
      boolean code = inFence || l.startsWith("$ ") || lines[i].startsWith("    ");
      if (code && command.matcher(l).find() || inlineCode(l, command)) {
        return Optional.of(i + 1);
      }
    }
    return Optional.empty();
  }
}
