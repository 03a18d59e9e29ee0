package dev.readiness.metrics;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** Python: a {@code def} runs until the next logical line indented at or left of it. */
final class PythonFunctions {
  private final Tokens t;
  private static final long DECISIONS = Keywords.decisions(Language.PYTHON);
  private final List<FunctionMetric> found = new ArrayList<>();
  private final Deque<FunctionBuilder> open = new ArrayDeque<>();

  PythonFunctions(Tokens tokens) {
    this.t = tokens;
  }

  List<FunctionMetric> find() {
    int brackets = 0;
    for (int i = 0; i < t.size; i++) {
      String text = t.texts[i];
      boolean logicalStart = t.lineStarts[i] && brackets == 0;
      if (logicalStart) {
        closeDedented(t.indents[i]);
      }
      if (t.kinds[i] == Tokens.PUNCT) {
        brackets += bracketDelta(text);
      } else if (t.kinds[i] == Tokens.IDENT) {
        if ("def".equals(text) && (logicalStart || t.is(i - 1, "async"))) {
          int indent = logicalStart ? t.indents[i] : t.indents[i - 1];
          String name = t.isIdent(i + 1) ? t.texts[i + 1] : "(anonymous)";
          open.push(new FunctionBuilder(name, t.lines[i], indent));
        } else if (t.has(i, DECISIONS) || ("case".equals(text) && logicalStart)) {
          FunctionBuilder fn = open.peek();
          if (fn != null) {
            fn.complexity++;
          }
        }
      }
      for (FunctionBuilder fn : open) {
        fn.lastLine = Math.max(fn.lastLine, t.lines[i]);
      }
    }
    while (!open.isEmpty()) {
      FunctionBuilder fn = open.pop();
      found.add(fn.build(fn.lastLine));
    }
    return found;
  }

  private static int bracketDelta(String p) {
    return switch (p) {
      case "(", "[", "{" -> 1;
      case ")", "]", "}" -> -1;
      default -> 0;
    };
  }

  private void closeDedented(int indent) {
    while (!open.isEmpty() && open.peek().indent >= indent) {
      FunctionBuilder fn = open.pop();
      found.add(fn.build(fn.lastLine));
    }
  }
}
