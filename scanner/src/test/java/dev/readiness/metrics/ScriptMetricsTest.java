package dev.readiness.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Hand-counted Python, Ruby and PHP functions: indentation, end blocks, heredocs, literals, and
 * strings continued with a backslash (Python and C).
 */
class ScriptMetricsTest {
  @Test
  void pythonIndentationDocstringsAndDecisions() {
    String src =
        """
        def outer(a, b):
            \"\"\"if for while: a docstring\"\"\"
            if a and b:
                return [x for x in a if x]
            elif b:
                pass

            # trailing comment
        def other():
            try:
                pass
            except ValueError:
                pass
        """;
    List<FunctionMetric> fs = CodeMetrics.functions(src, Language.PYTHON);
    assertThat(fs).extracting(FunctionMetric::name).containsExactly("outer", "other");
    assertThat(fs.get(0).lines()).isEqualTo(6);
    assertThat(fs.get(0).complexity()).isEqualTo(6); // if, and, for, if, elif
    assertThat(fs.get(1).complexity()).isEqualTo(2);
  }

  @Test
  void aStringContinuedWithABackslashCountsItsLines() {
    String py =
        """
        OPTIONS = {
            "help": "List of valid names for the first argument in \\
        a class method.",
        }

        def first(a):
            return a
        """;
    assertThat(CodeMetrics.functions(py, Language.PYTHON))
        .extracting(FunctionMetric::name, FunctionMetric::line)
        .containsExactly(tuple("first", 6));
    String c = "const char *s = \"one \\\ntwo\";\nint f(void) {\n  return 0;\n}\n";
    assertThat(CodeMetrics.functions(c, Language.C))
        .extracting(FunctionMetric::name, FunctionMetric::line, FunctionMetric::lines)
        .containsExactly(tuple("f", 3, 3));
  }

  @Test
  void rubyDefEndWithModifiersAndBlocks() {
    String src =
        """
        class A
          def go(x)
            return 1 if x.empty?
            [1, 2].each do |i|
              puts i unless i > 1
            end
            while x do x -= 1 end
          end
        end
        """;
    assertThat(CodeMetrics.functions(src, Language.RUBY))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.name()).isEqualTo("go");
              assertThat(f.lines()).isEqualTo(7);
              assertThat(f.complexity()).isEqualTo(4); // if, unless, while
            });
  }

  @Test
  void rubyGuardClausesAreModifiers() {
    String src =
        """
        class A
          def a(x)
            return if x.nil?
            x + 1
          end

          def b(x)
            return unless x ||
                          x.empty?
            y = if x then 1 else 2 end
            y
          end
        end
        """;
    assertThat(CodeMetrics.functions(src, Language.RUBY))
        .extracting(FunctionMetric::name, FunctionMetric::lines, FunctionMetric::complexity)
        .containsExactly(tuple("a", 4, 2), tuple("b", 6, 4));
  }

  @Test
  void rubyAndPhpHeredocBodiesAreText() {
    String rb =
        """
        RSpec.describe Cop do
          it 'flags' do
            expect_offense(<<~RUBY, <<-'TEXT')
              def foo
                return if x
              end
            RUBY
              end end
              TEXT
          end
        end
        def real(a)
          a << 1 if a
          class << self; end
        end
        """;
    assertThat(CodeMetrics.functions(rb, Language.RUBY))
        .extracting(FunctionMetric::name, FunctionMetric::line, FunctionMetric::lines)
        .containsExactly(tuple("real", 12, 4));
    String php =
        """
        <?php
        $sql = <<<SQL
            function fake() { if ($x) { return 1; } }
            SQL;
        function real($a) {
            return <<<'EOT'
        } }
        EOT;
        }
        """;
    assertThat(CodeMetrics.functions(php, Language.PHP))
        .extracting(FunctionMetric::name, FunctionMetric::line, FunctionMetric::lines)
        .containsExactly(tuple("real", 5, 5));
  }

  @Test
  void rubySymbolsAndLabelsAreNoKeywords() {
    String src =
        """
        def kind(node)
          return :method if node.type == :def
          case node.type
          when :class, :module then { class: 'c', end: 1 }
          end
        end
        def after = Foo::Bar
        """;
    assertThat(CodeMetrics.functions(src, Language.RUBY))
        .extracting(FunctionMetric::name, FunctionMetric::lines, FunctionMetric::complexity)
        .containsExactly(tuple("kind", 6, 3));
  }

  @Test
  void rubyRegexAndPercentLiteralsAreText() {
    String src =
        """
        TYPES = %i[def class module begin].freeze
        WORDS = %w(if end do)
        def style(a, b)
          x = a % b
          s = "%d" % [x]
          t = %(end)
          a.gsub(/_?case\\b/, '') if b =~ /def|end/
        end
        """;
    assertThat(CodeMetrics.functions(src, Language.RUBY))
        .extracting(FunctionMetric::name, FunctionMetric::lines, FunctionMetric::complexity)
        .containsExactly(tuple("style", 6, 2));
  }

  @Test
  void phpFunctionsAndClosures() {
    String src =
        """
        <?php
        function f($a) { # if {
          if ($a && $b) { return 1; }
          $g = function($x) use ($a) { return $x ?? $a; };
        }
        """;
    assertThat(CodeMetrics.functions(src, Language.PHP))
        .extracting(FunctionMetric::name)
        .containsExactly("(anonymous)", "f");
    assertThat(CodeMetrics.functions(src, Language.PHP).get(1).complexity()).isEqualTo(3);
  }
}
