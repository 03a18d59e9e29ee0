package dev.readiness.metrics;

import java.util.Arrays;
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

  private FunctionBuilder[] functions = new FunctionBuilder[4];

  /** Per open arrow: the finder's brace, paren and '[' depth at its "=>". */
  private int[] braces = new int[4];

  private int[] parens = new int[4];
  private int[] squares = new int[4];

  /** Per open arrow: the body's conditional operators whose ':' has not come yet. */
  private int[] questions = new int[4];

  private int size;

  ExpressionArrows(Tokens tokens) {
    this.t = tokens;
  }

  /** Opens an arrow whose body begins after its "=>", at the given depths. */
  void open(FunctionBuilder fn, int brace, int paren, int square) {
    if (size == functions.length) {
      int n = size * 2;
      functions = Arrays.copyOf(functions, n);
      braces = Arrays.copyOf(braces, n);
      parens = Arrays.copyOf(parens, n);
      squares = Arrays.copyOf(squares, n);
      questions = Arrays.copyOf(questions, n);
    }
    functions[size] = fn;
    braces[size] = brace;
    parens[size] = paren;
    squares[size] = square;
    questions[size] = 0;
    size++;
  }

  /** The innermost open arrow, when no brace opened since: decisions at {@code brace} are its. */
  FunctionBuilder innermost(int brace) {
    return size > 0 && braces[size - 1] == brace ? functions[size - 1] : null;
  }

  /**
   * Before the finder takes token {@code i} at these depths: ends, into {@code found}, each arrow
   * whose body ended with the token before, and counts the body's '?' and ':'.
   */
  void before(int i, int brace, int paren, int square, List<FunctionMetric> found) {
    while (size > 0) {
      int top = size - 1;
      if (brace != braces[top] || paren != parens[top] || square != squares[top]) {
        return; // deeper inside the body: nothing here can end it
      }
      if (!endsBody(i, top)) {
        return;
      }
      size--;
      found.add(functions[size].build(t.lines[i - 1]));
      functions[size] = null;
    }
  }

  /** Closes every arrow still open when the tokens run out. */
  void endAll(List<FunctionMetric> found) {
    int last = t.size == 0 ? 1 : t.lines[t.size - 1];
    while (size > 0) {
      size--;
      found.add(functions[size].build(last));
      functions[size] = null;
    }
  }

  private boolean endsBody(int i, int top) {
    if (t.kinds[i] != Tokens.PUNCT) {
      return t.lines[i] != t.lines[i - 1] && endsOperand(i - 1) && !continuesExpression(i);
    }
    switch (t.codes[i]) {
      case ',', ';', ')', ']', '}' -> {
        return true;
      }
      case '?' -> questions[top]++;
      case ':' -> {
        if (questions[top] == 0) {
          return true;
        }
        questions[top]--;
      }
      default -> {}
    }
    return false;
  }

  /** Binary operators spelled as words, which go on with the expression on a new line. */
  private boolean continuesExpression(int i) {
    return t.is(i, "instanceof") || t.is(i, "in") || t.is(i, "as") || t.is(i, "satisfies");
  }

  /** Whether an expression can end with token {@code i}: an operand, or a closing bracket. */
  private boolean endsOperand(int i) {
    return t.kinds[i] != Tokens.PUNCT
        || t.isPunct(i, ')')
        || t.isPunct(i, ']')
        || t.isPunct(i, '}');
  }
}
