package dev.readiness.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Arrow functions whose body is an expression, hand-counted: each starts at its parameters, ends
 * with its expression's last line and owns the decisions inside it, as ESLint's {@code complexity}
 * and {@code max-lines-per-function} see them.
 */
class ExpressionArrowsTest {
  private static List<FunctionMetric> of(String src, Language l) {
    return CodeMetrics.functions(src, l);
  }

  @Test
  void eachEndsWithItsExpression() {
    String src =
        """
        const double = x => x * 2;
        const pick = (a, b) => a > b ? a : b
        const load = async (id) =>
          fetch(id)
            .then(r => r.json())
        function outer(list) {
          return list.filter(x => x.ok && x.size > 0).map((x) => ({ id: x.id, big: x.size > 9 ? 1 : 0 }))
        }
        """;
    assertThat(of(src, Language.JAVASCRIPT))
        .extracting(
            FunctionMetric::name, FunctionMetric::line, FunctionMetric::lines, f -> f.complexity())
        .containsExactlyInAnyOrder(
            tuple("(arrow)", 1, 1, 1),
            tuple("(arrow)", 2, 1, 2), // ?:
            tuple("(arrow)", 3, 3, 1), // load: its body goes on over two more lines
            tuple("(arrow)", 5, 1, 1),
            tuple("outer", 6, 3, 1), // the decisions are its arrows'
            tuple("(arrow)", 7, 1, 2), // &&
            tuple("(arrow)", 7, 1, 2)); // ?: inside the object it returns
  }

  @Test
  void argumentsPropertiesAndTernariesEndThem() {
    String src =
        """
        const handlers = {
          ok: (res) => res.status < 400,
          fail: e => { throw e },
        }
        const f = c ? x => x + 1 : y => y
        items.forEach(i => use(i), this)
        """;
    assertThat(of(src, Language.JAVASCRIPT))
        .extracting(FunctionMetric::line, FunctionMetric::lines, f -> f.complexity())
        .containsExactlyInAnyOrder(
            tuple(2, 1, 1), tuple(3, 1, 1), tuple(5, 1, 1), tuple(5, 1, 1), tuple(6, 1, 1));
  }

  @Test
  void curriedArrowsEndTogether() {
    String src = "const add = a => b =>\n  a + b\nconst z = 0\n";
    assertThat(of(src, Language.JAVASCRIPT))
        .extracting(FunctionMetric::line, FunctionMetric::lines)
        .containsExactlyInAnyOrder(tuple(1, 2), tuple(1, 2));
  }

  @Test
  void anArrowLastInTheFileEndsThere() {
    assertThat(of("module.exports = (a) =>\n  a && a.b\n", Language.JAVASCRIPT))
        .extracting(FunctionMetric::line, FunctionMetric::lines, f -> f.complexity())
        .containsExactly(tuple(1, 2, 2));
  }

  @Test
  void typescriptFunctionTypesAreNoFunctions() {
    // (x: T) => R is also a type in TypeScript: only bodies in braces are measured there
    String ts =
        """
        type Mapper = (value: number) => string;
        interface Work { run: () => void }
        export function apply(fn: (x: number) => string, x: number): string | null {
          return x > 0 ? fn(x) : null;
        }
        """;
    assertThat(of(ts, Language.TYPESCRIPT))
        .extracting(
            FunctionMetric::name, FunctionMetric::line, FunctionMetric::lines, f -> f.complexity())
        .containsExactly(tuple("apply", 3, 3, 2));
  }

  @Test
  void typescriptMethodsReturningVoidOrAUnion() {
    String ts =
        """
        class Subject<T> {
          next(value: T): void {
            if (!this.closed) { this.emit(value) }
          }
          async drain(): Promise<void> { await this.flush() }
          last(): T | undefined { return this.items[0] }
        }
        """;
    assertThat(of(ts, Language.TYPESCRIPT))
        .extracting(FunctionMetric::name, FunctionMetric::line, f -> f.complexity())
        .containsExactly(tuple("next", 2, 2), tuple("drain", 5, 1), tuple("last", 6, 1));
  }
}
