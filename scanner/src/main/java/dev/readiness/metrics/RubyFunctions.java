package dev.readiness.metrics;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/**
 * Ruby: {@code def ... end}, counting every block opener (class, module, do, begin, case, and
 * if/unless/while/until/for when they start a statement rather than modify one).
 */
final class RubyFunctions {
  /**
   * Tokens after which if/unless/while/until start an expression with its own {@code end}. Not
   * {@code return}: {@code return if x} is a guard clause, the modifier form.
   */
  private static final Set<String> EXPRESSION_START = Set.of("=", "(", "||=", "&&=");

  private final Tokens t;
  private static final long DECISIONS = Keywords.decisions(Language.RUBY);
  private final List<FunctionMetric> found = new ArrayList<>();
  private final Deque<FunctionBuilder> frames = new ArrayDeque<>();
  private final Deque<Boolean> isFunction = new ArrayDeque<>();

  RubyFunctions(Tokens tokens) {
    this.t = tokens;
  }

  List<FunctionMetric> find() {
    int loopLine = -1;
    for (int i = 0; i < t.size; i++) {
      if (t.kinds[i] == Tokens.PUNCT) {
        char p = t.codes[i];
        if (p == Tokens.AND_AND || p == Tokens.OR_OR || (p == '?' && t.isPunct(i + 2, ':'))) {
          decision();
        }
        continue;
      }
      if (t.kinds[i] != Tokens.IDENT || t.isPunct(i - 1, '.') || t.isSymbolOrLabel(i)) {
        continue; // node.end, :def, class: 'btn' are no keywords
      }
      if (t.has(i, DECISIONS)) {
        decision();
      }
      boolean statementStart = t.lineStarts[i] || t.isPunct(i - 1, ';') || isExpressionStart(i - 1);
      if (t.is(i, "def")) {
        if (!isEndless(i)) {
          openFunction(i);
        }
      } else if (t.has(i, Keywords.RUBY_ALWAYS_OPENS)
          || (t.has(i, Keywords.RUBY_STATEMENT_OPENS) && statementStart)) {
        if (t.has(i, Keywords.RUBY_LOOPS)) {
          loopLine = t.lines[i];
        }
        openBlock();
      } else if (t.is(i, "do") && t.lines[i] != loopLine) {
        openBlock();
      } else if (t.is(i, "end")) {
        close(i);
      }
    }
    return found;
  }

  private boolean isExpressionStart(int i) {
    return i >= 0 && EXPRESSION_START.contains(t.text(i));
  }

  /** Ruby 3 one-line methods: {@code def name(args) = expression}. */
  private boolean isEndless(int def) {
    for (int k = def + 1; k < t.size && t.lines[k] == t.lines[def]; k++) {
      if (t.isPunct(k, '=') && !t.isPunct(k + 1, '=')) {
        return true;
      }
    }
    return false;
  }

  private void openFunction(int i) {
    String name = "(anonymous)";
    for (int k = i + 1; k < t.size && t.lines[k] == t.lines[i]; k++) {
      if (t.isPunct(k, '(')) {
        break;
      }
      if (t.kinds[k] == Tokens.IDENT && !t.is(k, "self")) {
        name = t.text(k);
        break;
      }
    }
    frames.push(new FunctionBuilder(name, t.lines[i], 0));
    isFunction.push(Boolean.TRUE);
  }

  private void openBlock() {
    FunctionBuilder enclosing = frames.peek();
    frames.push(enclosing == null ? new FunctionBuilder("", 0, 0) : enclosing);
    isFunction.push(Boolean.FALSE);
  }

  private void close(int i) {
    if (frames.isEmpty()) {
      return;
    }
    FunctionBuilder fn = frames.pop();
    if (isFunction.pop()) {
      found.add(fn.build(t.lines[i]));
    }
  }

  private void decision() {
    FunctionBuilder fn = frames.peek();
    if (fn != null) {
      fn.complexity++;
    }
  }
}
