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
      boolean logicalStart = t.lineStarts[i] && brackets == 0;
      if (logicalStart) {
        // token lines never decrease: a function's last line is that of the token before
        closeDedented(t.indents[i], i == 0 ? 0 : t.lines[i - 1]);
      }
      if (t.kinds[i] == Tokens.PUNCT) {
        brackets += bracketDelta(t.codes[i]);
      } else if (t.kinds[i] == Tokens.IDENT) {
        if (t.is(i, "def") && (logicalStart || t.is(i - 1, "async"))) {
          int indent = logicalStart ? t.indents[i] : t.indents[i - 1];
          String name = t.isIdent(i + 1) ? t.text(i + 1) : "(anonymous)";
          open.push(new FunctionBuilder(name, t.lines[i], indent));
        } else if (t.has(i, DECISIONS) || (logicalStart && t.is(i, "case"))) {
          FunctionBuilder fn = open.peek();
          if (fn != null) {
            fn.complexity++;
          }
        }
      }
    }
    while (!open.isEmpty()) {
      FunctionBuilder fn = open.pop();
      found.add(fn.build(t.lines[t.size - 1]));
    }
    return found;
  }

  private static int bracketDelta(char p) {
    return switch (p) {
      case '(', '[', '{' -> 1;
      case ')', ']', '}' -> -1;
      default -> 0;
    };
  }

  private void closeDedented(int indent, int lastLine) {
    while (!open.isEmpty() && open.peek().indent >= indent) {
      FunctionBuilder fn = open.pop();
      found.add(fn.build(lastLine));
    }
  }
}
