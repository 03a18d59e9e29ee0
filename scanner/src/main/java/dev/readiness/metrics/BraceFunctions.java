package dev.readiness.metrics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Function finder for brace languages. A function body is a '{' that follows a function keyword
 * (func, fn, fun, function), a JavaScript arrow, or a head {@code name(...)} whose name is not a
 * control keyword; decisions inside it are counted toward its complexity.
 */
final class BraceFunctions {
  private static final Set<String> HEAD_TRAILER =
      Set.of(":", "::", ",", "<", ">", ".", "*", "&", "|", "[", "]", "?", "->", "'", "+", "!");

  /** C and C++ words whose parentheses may follow a head's parameters, before its '{'. */
  private static final Set<String> C_TRAILER_CALLS =
      Set.of("noexcept", "throw", "decltype", "__attribute__", "alignas", "requires");

  private final Tokens t;
  private final Language lang;
  private final long decisionBit;
  private final int[] parens;
  private final long headWalkStops;

  /** The words that never name a function in this language: {@link Keywords#CONTROL} and more. */
  private final long control;

  private final List<FunctionMetric> found = new ArrayList<>();

  /**
   * JavaScript's arrows without braces; null in other languages. TypeScript is left out: there
   * {@code (x: T) => R} is also a function type, which tokens alone do not tell from an arrow.
   */
  private final ExpressionArrows arrows;

  /** Per open brace: the function it is in (its own body, or inherited from outside), or null. */
  private FunctionBuilder[] enclosing = new FunctionBuilder[32];

  /** Per open brace: whether it opens the body of {@code enclosing} rather than a plain block. */
  private boolean[] opensBody = new boolean[32];

  private int depth;
  private Pending pending;
  private int parenDepth;
  private int squareDepth;

  /** A function keyword's head whose body has not opened yet, at these paren and '[' depths. */
  private record Pending(String name, int line, int depth, int square) {}

  BraceFunctions(Tokens tokens, Language lang) {
    this.t = tokens;
    this.lang = lang;
    this.decisionBit = Keywords.decisions(lang);
    this.parens = tokens.matchParens();
    this.control = Keywords.CONTROL | Keywords.control(lang);
    this.headWalkStops = headWalkStops(lang, control);
    this.arrows = lang == Language.JAVASCRIPT ? new ExpressionArrows(tokens) : null;
  }

  /**
   * Words that cannot sit between a head's ')' and its '{', so walking back over one means the
   * brace opens something else: a type ("class Npm extends Base {"), and in JavaScript, whose
   * statements may end at a line break, a new statement ("const {" after "require('x')"). C#'s
   * generic constraints ("where T : class, new()") may hold type words.
   */
  private static long headWalkStops(Language lang, long control) {
    if (lang == Language.CSHARP) {
      return 0L;
    }
    return lang.isJavaScriptFamily()
        ? Keywords.TYPE_DECLARATION | control | Keywords.JS_STATEMENT
        : Keywords.TYPE_DECLARATION;
  }

  List<FunctionMetric> find() {
    for (int i = 0; i < t.size; i++) {
      if (arrows != null) {
        arrows.before(i, depth, parenDepth, squareDepth, found);
      }
      if (t.kinds[i] == Tokens.IDENT) {
        ident(i);
      } else if (t.kinds[i] == Tokens.PUNCT) {
        punct(i);
      }
    }
    if (arrows != null) {
      arrows.endAll(found);
    }
    return found;
  }

  private void ident(int i) {
    cancelPendingOnNewLine(i);
    if (isFunctionKeyword(i)) {
      if (!isFunctionType(i)) {
        pending = new Pending(nameAfter(i), t.lines[i], parenDepth, squareDepth);
      }
    } else if (t.has(i, decisionBit)) {
      decision();
    }
  }

  private boolean isFunctionKeyword(int i) {
    String keyword = lang.grammar().functionKeyword();
    return keyword != null && t.has(i, Keywords.FUNCTION_KEYWORD) && t.is(i, keyword);
  }

  /**
   * Whether a Go or Rust function keyword names a type, not a function: inside a head still open
   * ({@code func (c *T) Cleanup(f func()) {}, {@code func adder() func(int) int {}, {@code fn
   * apply(f: fn(i32) -> i32) {}), or as a Go element type ({@code []func(){...}}, {@code
   * map[string]func(){}}), whose '{' opens a composite literal.
   */
  private boolean isFunctionType(int keyword) {
    if (lang != Language.GO) {
      return lang == Language.RUST && pending != null;
    }
    int before = keyword - 1;
    if (pending != null) {
      return true;
    }
    if (before < 0 || t.lines[before] != t.lines[keyword]) {
      return false; // a declaration starts its line
    }
    return t.isPunct(before, ']')
        || t.isPunct(before, ')') // a func type's result: []func() func(){...}
        || t.isIdent(before) // a field's or a variable's type: x func() bool
            && !t.is(before, "go")
            && !t.is(before, "defer")
            && !t.is(before, "return");
  }

  /** Go's {@code interface{}} and {@code struct{}} in a head: a type literal, not the body. */
  private boolean opensGoTypeLiteral(int brace) {
    return lang == Language.GO && (t.is(brace - 1, "interface") || t.is(brace - 1, "struct"));
  }

  /** Go puts a function's '{' on the line of its head: a new line at the head's depth ends it. */
  private void cancelPendingOnNewLine(int i) {
    if (lang == Language.GO
        && atHeadDepth()
        && i > 0
        && t.lines[i] != t.lines[i - 1]
        && !t.isPunct(i - 1, '(')
        && !t.isPunct(i - 1, ',')) {
      pending = null;
    }
  }

  private String nameAfter(int keyword) {
    int i = keyword + 1;
    if (t.isPunct(i, '(') && parens[i] > 0) {
      int after = parens[i] + 1; // Go receiver, or anonymous parameters
      if (lang != Language.GO || !(t.isIdent(after) && t.isPunct(after + 1, '('))) {
        return "(anonymous)";
      }
      i = after;
    }
    String name = "(anonymous)";
    int angle = 0; // identifiers inside <...> are type parameters, not the name
    // Go's type parameters open with '[': the name is before them
    for (int k = i;
        k < t.size && k < i + 20 && !t.isPunct(k, '(') && !t.isPunct(k, '{') && !t.isPunct(k, '[');
        k++) {
      angle += t.isPunct(k, '<') ? 1 : t.isPunct(k, '>') ? -1 : 0;
      if (angle == 0 && t.kinds[k] == Tokens.IDENT) {
        name = t.text(k);
      }
    }
    return name;
  }

  private void punct(int i) {
    cancelPendingOnNewLine(i);
    char p = t.codes[i];
    switch (p) {
      case '(', ')', '[', ']' -> nest(p);
      case ';', ',', '=' -> {
        boolean ends = p != ',' || parenDepth > 0; // top-level commas sit in generic types
        if (ends && atHeadDepth()) {
          pending = null;
        }
      }
      case '{' -> open(i);
      case '}' -> close(i);
      case '?' -> {
        if (lang.has(Lexis.TERNARY) && isTernary(i)) {
          decision();
        }
      }
      default -> {
        if (p == Tokens.AND_AND
            || p == Tokens.OR_OR
            || (p == Tokens.FAT_ARROW && lang == Language.RUST)) {
          decision();
        } else if (p == Tokens.FAT_ARROW && arrows != null && !t.isPunct(i + 1, '{')) {
          FunctionBuilder fn = new FunctionBuilder("(arrow)", t.lines[arrowStart(i)], 0);
          arrows.open(fn, depth, parenDepth, squareDepth);
        }
      }
    }
  }

  /**
   * Whether a pending head is open and this token is at its own paren and '[' depth, not inside its
   * parameters or type parameters (a closing bracket below that depth drops the head).
   */
  private boolean atHeadDepth() {
    return pending != null && parenDepth == pending.depth && squareDepth == pending.square;
  }

  /** Tracks paren and '[' depth; closing the one a pending head opened at drops the head. */
  private void nest(char p) {
    switch (p) {
      case '(' -> parenDepth++;
      case ')' -> parenDepth--;
      case '[' -> squareDepth++;
      default -> squareDepth--;
    }
    if (pending != null && (parenDepth < pending.depth || squareDepth < pending.square)) {
      pending = null;
    }
  }

  private void decision() {
    FunctionBuilder fn = insideFunction();
    if (fn != null) {
      fn.complexity++;
    }
  }

  private void open(int i) {
    if (pending != null && (!atHeadDepth() || opensGoTypeLiteral(i))) {
      push(null); // a brace inside the head: interface{}, struct{}, a default lambda's body
      return;
    }
    FunctionBuilder fn = null;
    if (pending != null) {
      fn = new FunctionBuilder(pending.name, pending.line, 0);
    } else if (lang.isJavaScriptFamily() && t.is(i - 1, "=>")) {
      fn = new FunctionBuilder("(arrow)", t.lines[arrowStart(i - 1)], 0);
    } else if (usesHeads()
        && (insideFunction() == null || lang != Language.C && lang != Language.CPP)) {
      int name = headName(i);
      if (name >= 0) {
        fn = new FunctionBuilder(t.text(name), t.lines[name], 0);
      }
    }
    pending = null;
    push(fn);
  }

  /** Where the arrow function whose "=>" is at {@code arrow} starts: its parameter list. */
  private int arrowStart(int arrow) {
    int before = arrow - 1;
    return t.isPunct(before, ')') && parens[before] >= 0 ? parens[before] : Math.max(before, 0);
  }

  private void push(FunctionBuilder body) {
    if (depth == enclosing.length) {
      enclosing = Arrays.copyOf(enclosing, depth * 2);
      opensBody = Arrays.copyOf(opensBody, depth * 2);
    }
    enclosing[depth] = body != null ? body : insideFunction();
    opensBody[depth] = body != null;
    depth++;
  }

  private FunctionBuilder insideFunction() {
    FunctionBuilder arrow = arrows == null ? null : arrows.innermost(depth);
    if (arrow != null) {
      return arrow;
    }
    return depth == 0 ? null : enclosing[depth - 1];
  }

  private boolean usesHeads() {
    return lang.has(Lexis.NAMED_HEADS);
  }

  /** Index of the name in a head {@code name(...) trailer {}, or -1 when '{' opens a block. */
  private int headName(int brace) {
    if ((lang == Language.C || lang == Language.CPP) && t.isPunct(brace - 1, ';')) {
      return kAndRHeadName(brace);
    }
    if (lang.isJavaScriptFamily() && !mayEndJavaScriptHead(brace - 1)) {
      return -1;
    }
    int j = brace - 1;
    for (int steps = 0; j >= 0 && steps < 60; steps++) {
      if (t.isPunct(j, ')')) {
        int open = parens[j];
        boolean cFamily = lang == Language.CPP || lang == Language.C; // .h is either
        int operator = cFamily ? operatorKeyword(open - 1) : -1;
        int name = operator >= 0 ? operator : beforeTypeParameters(open - 1);
        if (open > 0 && isTrailerCall(name, cFamily)) {
          j = name - 1; // "where T : new()", "noexcept(true)": the head is further back
          continue;
        }
        if (open < 0 || !t.isIdent(name) || t.has(name, control)) {
          return -1;
        }
        boolean initializer = t.isPunct(name - 2, ')'); // "public:" is no initializer list
        if (initializer && (t.isPunct(name - 1, ',') || t.isPunct(name - 1, ':') && cFamily)) {
          j = name - 2; // C++ member initializer list: keep looking for the real head
          continue;
        }
        if (cFamily && !isCHeadName(name)) {
          return -1;
        }
        return t.has(qualifierStart(name) - 1, Keywords.TYPE_DECLARATION) ? -1 : name;
      }
      boolean trailer =
          (t.kinds[j] == Tokens.IDENT && !t.has(j, headWalkStops))
              || (t.kinds[j] == Tokens.PUNCT && HEAD_TRAILER.contains(t.punct(j)));
      if (!trailer) {
        return -1;
      }
      j--;
    }
    return -1;
  }

  /**
   * Whether a JavaScript or TypeScript body's '{' may follow token {@code i}: the parameters' ')',
   * or the end of a return type ({@code ): Foo}, {@code ): Map<K, V>}, {@code ): T[]}). After ',',
   * ':' or '?' the '{' opens an object ({@code f(g(x), { force })}, {@code c ? f(x) : {}}) or a
   * type literal, never a body.
   */
  private boolean mayEndJavaScriptHead(int i) {
    return t.isPunct(i, ')') || t.isIdent(i) || t.isPunct(i, '>') || t.isPunct(i, ']');
  }

  /**
   * Whether a C or C++ name before '(' can head a function. Not a macro after a namespace's name
   * ({@code namespace std _GLIBCXX_VISIBILITY(default) {}), not a type among template arguments
   * ({@code class F<R(A...) noexcept(N)> {}), not the word after a control keyword ({@code if
   * constexpr (x) {}).
   */
  private boolean isCHeadName(int name) {
    return !t.is(name - 2, "namespace") && !t.isPunct(name - 1, '<') && !t.has(name - 1, control);
  }

  /**
   * The {@code operator} keyword of an operator function whose parameters open after {@code i}:
   * {@code operator()(}, {@code operator==(}, {@code operator new[](}, {@code operator bool(}.
   */
  private int operatorKeyword(int i) {
    for (int k = i; k >= 0 && k > i - 4; k--) {
      if (t.is(k, "operator")) {
        return k;
      }
    }
    return -1;
  }

  /**
   * The name of a K&R definition, {@code gzread(file, buf) gzFile file; voidp buf; {}, whose
   * parameters are declared between the ')' and the '{' (zlib, dtoa). Only asked at file scope,
   * where no other '{' follows a ';'.
   */
  private int kAndRHeadName(int brace) {
    for (int j = brace - 1; j >= 0 && j > brace - 200; j--) {
      if (t.isPunct(j, '{') || t.isPunct(j, '}')) {
        return -1;
      }
      if (t.isPunct(j, ')') && t.isIdent(j + 1) && parens[j] > 0) {
        int name = parens[j] - 1;
        return t.isIdent(name) && !t.has(name, control) ? name : -1;
      }
    }
    return -1;
  }

  /** A C# {@code new()} constraint, or a C/C++ specifier with parentheses after the parameters. */
  private boolean isTrailerCall(int name, boolean cFamily) {
    if (lang == Language.CSHARP) {
      return t.is(name, "new");
    }
    return cFamily && t.isIdent(name) && C_TRAILER_CALLS.contains(t.text(name));
  }

  /** Where a qualified name such as {@code Outer.Inner} that ends at {@code name} starts. */
  private int qualifierStart(int name) {
    int k = name;
    while (t.isPunct(k - 1, '.') && t.isIdent(k - 2)) {
      k -= 2;
    }
    return k;
  }

  /** For a generic method's {@code Load<T, U>(}: the name before the type parameters. */
  private int beforeTypeParameters(int i) {
    if (!t.isPunct(i, '>')) {
      return i;
    }
    int nesting = 0; // of angle brackets, not the braces this finder tracks in depth
    for (int k = i; k >= 0 && k > i - 40; k--) {
      nesting += t.isPunct(k, '>') ? 1 : t.isPunct(k, '<') ? -1 : 0;
      if (nesting == 0) {
        return k - 1;
      }
    }
    return i;
  }

  private void close(int i) {
    if (depth == 0) {
      return;
    }
    depth--;
    if (opensBody[depth]) {
      found.add(enclosing[depth].build(t.lines[i]));
    }
    enclosing[depth] = null;
  }

  /** A '?' is a conditional operator when a ':' follows in the same expression. */
  private boolean isTernary(int q) {
    if (t.isPunct(q - 1, '<') || t.isPunct(q - 1, ',') || t.isPunct(q - 1, '(')) {
      return false;
    }
    if (t.isPunct(q + 1, '>')
        || t.isPunct(q + 1, ',')
        || t.isPunct(q + 1, ')')
        || t.isPunct(q + 1, ':')
        || t.isPunct(q + 1, '.')
        || t.is(q + 1, "extends")
        || t.is(q + 1, "super")) {
      return false;
    }
    int depth = 0;
    for (int k = q + 1; k < t.size && k < q + 200; k++) {
      switch (t.codes[k]) { // 0 for every token but punctuation
        case '(', '[' -> depth++;
        case ')', ']' -> depth--;
        case ';', '{', '}' -> {
          return false;
        }
        case ':' -> {
          if (depth == 0) {
            return true;
          }
        }
        default -> {}
      }
      if (depth < 0) {
        return false;
      }
    }
    return false;
  }
}
