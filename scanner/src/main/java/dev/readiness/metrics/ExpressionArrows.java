package dev.readiness.metrics;

import java.util.ArrayDeque;
import java.util.List;

/**
 * JavaScript arrow functions whose body is an expression, {@code x => x * 2} or {@code (a, b) =>
 * a.ok(b) ? 1 : 2}, for {@link BraceFunctions}: no brace marks where they end, so each ends where
 * its expression does, as ESLint's parser sees it. That is the first of these at the arrow's own
 * brace, paren and bracket depth: a ',' or ';', a ':' that answers no '?' of the body, a closing
 * bracket of something the arrow sits in, or a line break between two operands (a statement ended
 * without a ';'). Arrows inside the body end with it or earlier.
 */
final class ExpressionArrows {
  private final Tokens t;

  /** The arrows whose body is still open, innermost last. */
  private final ArrayDeque<Open> open = new ArrayDeque<>();

  /** An arrow opened at the finder's brace, paren and '[' depth of its "=>". */
  private static final class Open {
    final FunctionBuilder fn;
    final int brace;
    final int paren;
    final int square;

    /** The body's conditional operators whose ':' has not come yet. */
    int questions;

    Open(FunctionBuilder fn, int brace, int paren, int square) {
      this.fn = fn;
      this.brace = brace;
      this.paren = paren;
      this.square = square;
    }
  }

  ExpressionArrows(Tokens tokens) {
    this.t = tokens;
  }

  /** Opens an arrow whose body begins after its "=>", at the given depths. */
  void open(FunctionBuilder fn, int brace, int paren, int square) {
    open.push(new Open(fn, brace, paren, square));
  }

  /** The innermost open arrow, when no brace opened since: decisions at {@code brace} are its. */
  FunctionBuilder innermost(int brace) {
    Open top = open.peek();
    return top != null && top.brace == brace ? top.fn : null;
  }

  /**
   * Before the finder takes token {@code i} at these depths: ends, into {@code found}, each arrow
   * whose body ended with the token before, and counts the body's '?' and ':'.
   */
  void before(int i, int brace, int paren, int square, List<FunctionMetric> found) {
    for (Open top = open.peek(); top != null; top = open.peek()) {
      boolean atItsDepth = brace == top.brace && paren == top.paren && square == top.square;
      if (!atItsDepth || !endsBody(i, top)) {
        return; // deeper inside the body, nothing here can end it
      }
      found.add(open.pop().fn.build(t.lines[i - 1]));
    }
  }

  /** Closes every arrow still open when the tokens run out. */
  void endAll(List<FunctionMetric> found) {
    int last = t.size == 0 ? 1 : t.lines[t.size - 1];
    while (!open.isEmpty()) {
      found.add(open.pop().fn.build(last));
    }
  }

  private boolean endsBody(int i, Open top) {
    if (t.kinds[i] != Tokens.PUNCT) {
      return t.lines[i] != t.lines[i - 1] && endsOperand(i - 1) && !continuesExpression(i);
    }
    switch (t.codes[i]) {
      case ',', ';', ')', ']', '}' -> {
        return true;
      }
      case '?' -> top.questions++;
      case ':' -> {
        if (top.questions == 0) {
          return true;
        }
        top.questions--;
      }
      default -> {}
    }
    return false;
  }

  /** Binary operators spelled as words, which go on with the expression on a new line. */
  private boolean continuesExpression(int i) {
    return t.is(i, "instanceof") || t.is(i, "in");
  }

  /** Whether an expression can end with token {@code i}: an operand, or a closing bracket. */
  private boolean endsOperand(int i) {
    return t.kinds[i] != Tokens.PUNCT
        || t.isPunct(i, ')')
        || t.isPunct(i, ']')
        || t.isPunct(i, '}');
  }
}
