package dev.readiness.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-counted functions, lengths and complexities per language. */
class CodeMetricsTest {
  private static List<FunctionMetric> of(String src, Language l) {
    return CodeMetrics.functions(src, l);
  }

  @Test
  void javaMethodsIgnoreBracesAndKeywordsInStringsAndComments() {
    String src =
        """
        class A {
          // if (x) { while
          int f(int x) throws Exception {
            String s = "if { for } while";
            if (x > 0 && x < 10) { return 1; }
            for (int i = 0; i < x; i++) { x += i > 2 ? 1 : 0; }
            return x;
          }
          void g() { Runnable r = () -> { if (true) {} }; }
          List<? extends Number> h(Map<String, ?> m) { return null; }
        }
        """;
    List<FunctionMetric> fs = of(src, Language.JAVA);
    assertThat(fs).extracting(FunctionMetric::name).containsExactly("f", "g", "h");
    assertThat(fs.get(0).lines()).isEqualTo(6);
    assertThat(fs.get(0).complexity()).isEqualTo(5); // 1 + if + && + for + ?:
    assertThat(fs.get(1).complexity()).isEqualTo(2); // lambda's if counts toward g
    assertThat(fs.get(2).complexity()).isEqualTo(1); // wildcards are not conditionals
  }

  @Test
  void goFunctionsMethodsAndLiterals() {
    String src =
        """
        package main
        func (s *S) Run(x int) (int, error) {
        	if x > 1 || x < -1 {
        		return 0, nil
        	}
        	switch x {
        	case 1:
        	case 2:
        	}
        	f := func() { for {} }
        	return 1, nil
        }
        type F func(int) error
        """;
    List<FunctionMetric> fs = of(src, Language.GO);
    assertThat(fs).extracting(FunctionMetric::name).containsExactly("(anonymous)", "Run");
    FunctionMetric run = fs.get(1);
    assertThat(run.lines()).isEqualTo(11);
    assertThat(run.complexity())
        .isEqualTo(5); // 1 + if + || + case + case (the literal's for is its own)
  }

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
    List<FunctionMetric> fs = of(src, Language.PYTHON);
    assertThat(fs).extracting(FunctionMetric::name).containsExactly("outer", "other");
    assertThat(fs.get(0).lines()).isEqualTo(6);
    assertThat(fs.get(0).complexity()).isEqualTo(6); // if, and, for, if, elif
    assertThat(fs.get(1).complexity()).isEqualTo(2);
  }

  @Test
  void javascriptFunctionsArrowsMethodsAndRegexLiterals() {
    String src =
        """
        function a(x) { return /[{]/.test(x) ? 1 : 2; }
        const b = (y) => {
          if (y) { return `${y} }`; }
        };
        class C { m(z) { while (z) { z--; } } }
        """;
    List<FunctionMetric> fs = of(src, Language.JAVASCRIPT);
    assertThat(fs).extracting(FunctionMetric::name).containsExactly("a", "(arrow)", "m");
    assertThat(fs).extracting(FunctionMetric::complexity).containsExactly(2, 2, 2);
    assertThat(fs.get(1).lines()).isEqualTo(3);
  }

  @Test
  void aClassAfterACallWithoutSemicolonsIsNoFunction() {
    String src =
        """
        const EventEmitter = require('events')
        const {
          join,
        } = require('path')

        class Npm extends EventEmitter {
          load() {
            if (this.loaded) { return }
          }
        }
        """;
    assertThat(of(src, Language.JAVASCRIPT))
        .extracting(FunctionMetric::name)
        .containsExactly("load");
  }

  @Test
  void functionTypesAndBracesInAHeadAreNoFunctions() {
    String go =
        """
        func (c *common) Cleanup(f func()) {
        	c.cleanups = append(c.cleanups, f)
        }
        func adder() func(int) int {
        	sum := 0
        	return func(x int) int {
        		sum += x
        		return sum
        	}
        }
        func sizeof(t interface{}) int64 {
        	return 0
        }
        func Values[K comparable, V interface{ ~int }](m map[K]V) []V {
        	var out []V
        	return out
        }
        var handlers = []func(int) int{
        	func(x int) int { return x },
        }
        func (s *order) Pop() interface{} {
        	return s.items[0]
        }
        var makers = []func() func(){a, b}
        var zero = struct{ x func() bool }{}
        func builtin(*int32) interface{}
        """;
    assertThat(of(go, Language.GO))
        .extracting(FunctionMetric::name, FunctionMetric::line, FunctionMetric::lines)
        .containsExactlyInAnyOrder(
            tuple("Cleanup", 1, 3),
            tuple("adder", 4, 7),
            tuple("(anonymous)", 6, 4),
            tuple("sizeof", 11, 3),
            tuple("Values", 14, 4),
            tuple("(anonymous)", 19, 1),
            tuple("Pop", 21, 3));
    String rust = "fn apply(f: fn(i32) -> i32, x: i32) -> i32 {\n    f(x)\n}\n";
    assertThat(of(rust, Language.RUST))
        .extracting(FunctionMetric::name, FunctionMetric::lines)
        .containsExactly(tuple("apply", 3));
    String kotlin = "fun run(block: () -> Unit = {}) {\n    block()\n}\n";
    assertThat(of(kotlin, Language.KOTLIN))
        .extracting(FunctionMetric::name, FunctionMetric::lines)
        .containsExactly(tuple("run", 3));
  }

  @Test
  void anotherLanguagesControlWordsNameMethods() {
    String java =
        """
        class Latch {
          public void lock() { held = true; }
          public void await() throws InterruptedException { while (held) { wait(); } }
          public Latch with(String name) { return this; }
          public boolean match(String s) { return s.isEmpty(); }
          public void using(Runnable r) { synchronized (this) { r.run(); } }
        }
        """;
    assertThat(of(java, Language.JAVA))
        .extracting(FunctionMetric::name)
        .containsExactly("lock", "await", "with", "match", "using");
    String cs =
        """
        class Store {
          void Save(object x) {
            lock (x) { Write(x); }
            using (var w = Open()) { w.Flush(); }
            foreach (var y in Items()) { Add(y); }
            try { Run(); } catch (IOException e) when (Retry(e)) { Log(e); }
          }
        }
        """;
    assertThat(of(cs, Language.CSHARP)).extracting(FunctionMetric::name).containsExactly("Save");
    String js = "function read(o) {\n  with (o) { return x; }\n}\n";
    assertThat(of(js, Language.JAVASCRIPT))
        .extracting(FunctionMetric::name)
        .containsExactly("read");
  }

  @Test
  void anArrowFunctionStartsAtItsParameters() {
    String src =
        """
        const explain = (
          edge,
          depth
        ) => {
          return depth ? edge : null
        }
        const one = x => {
          return x
        }
        """;
    assertThat(of(src, Language.JAVASCRIPT))
        .extracting(FunctionMetric::line, FunctionMetric::lines)
        .containsExactly(tuple(1, 6), tuple(7, 3));
  }

  @Test
  void anObjectAfterACallIsNoFunctionBody() {
    String src =
        """
        function clean(fs, path, dir) {
          return fs.rm(path.join(dir, 'x'), { force: true, recursive: true })
        }
        const type = t
          ? acceptParams(t)
          : { value: mime.getType(t), params: {} };
        q.set(key, json ? JSON.parse(value) : value, { force })
        const opts = { ...config.get('long') ? { long: true } : {} }
        """;
    assertThat(of(src, Language.JAVASCRIPT))
        .extracting(FunctionMetric::name)
        .containsExactly("clean");
    String ts =
        """
        function index(a: string[]): Map<string, number> {
          return new Map();
        }
        function first<T>(xs: T[]): T | undefined {
          return xs[0];
        }
        class C {
          pair(): [string, number] {
            return ["", 0];
          }
        }
        """;
    assertThat(of(ts, Language.TYPESCRIPT))
        .extracting(FunctionMetric::name)
        .containsExactly("index", "first", "pair");
  }

  @Test
  void genericMethodsAreNamedBeforeTheirTypeParameters() {
    String ts =
        "class Store {\n  load<T, K extends keyof T>(id: K): T {\n    return this.m[id];\n  }\n}\n";
    assertThat(of(ts, Language.TYPESCRIPT))
        .extracting(FunctionMetric::name)
        .containsExactly("load");
    String cs = "class Store {\n  public T Load<T>(string id) {\n    return default;\n  }\n}\n";
    assertThat(of(cs, Language.CSHARP)).extracting(FunctionMetric::name).containsExactly("Load");
  }

  @Test
  void anonymousClassesOfQualifiedOrGenericTypesAreNoFunctions() {
    String src =
        """
        class B {
          @SuppressWarnings("serial")
          static class Inner extends Base {
            void run() {
              Attribute<?> a = new Unbound.AdHoc<>(Attributes.code()) {
                public void write(Buf b) { b.put(1); }
              };
            }
          }
        }
        """;
    assertThat(of(src, Language.JAVA))
        .extracting(FunctionMetric::name)
        .containsExactlyInAnyOrder("run", "write");
  }

  @Test
  void constructorsWithTemplateInitializersAreNamedInHeadersToo() {
    String src =
        """
        template <class S> class It : Storage<S> {
        public:
          It() : Storage<S, true>(nullptr), n(0) {}
          inline It(S &s)
            : Storage<S, true>(s) {
            if (s.empty()) { return; }
          }
        };
        """;
    for (Language lang : List.of(Language.CPP, Language.C)) {
      assertThat(of(src, lang))
          .as(lang.id())
          .extracting(FunctionMetric::name)
          .containsExactly("It", "It");
    }
  }

  @Test
  void csharpGenericConstraintsMayNameTypeWords() {
    String src =
        """
        class Repo {
          public T Load<T>(string id) where T : class, new() {
            if (id == null) { return null; }
            return new T();
          }
        }
        """;
    assertThat(of(src, Language.CSHARP))
        .singleElement()
        .extracting(FunctionMetric::name)
        .isEqualTo("Load");
  }

  @Test
  void typescriptOptionalFieldsAreNotConditionals() {
    String src = "function t(o?: string, p?: number): void { if (o) {} }\n";
    assertThat(of(src, Language.TYPESCRIPT))
        .singleElement()
        .extracting(FunctionMetric::complexity)
        .isEqualTo(2);
  }

  @Test
  void rustFunctionsLifetimesAndMatchArms() {
    String src =
        """
        fn pick<'a>(x: &'a str) -> Result<(), String> {
            let c = '{';
            match x { "a" => Ok(()), _ => Err(r#"}"#.to_string()) }
        }
        trait T { fn decl(&self); }
        """;
    List<FunctionMetric> fs = of(src, Language.RUST);
    assertThat(fs)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.name()).isEqualTo("pick");
              assertThat(f.lines()).isEqualTo(4);
              assertThat(f.complexity()).isEqualTo(3); // two match arms
            });
  }

  @Test
  void kotlinFunAndLambdas() {
    String src =
        """
        fun sum(xs: List<Int>): Int {
            xs.forEach { x -> if (x > 0) println(x) }
            return xs.size
        }
        fun short() = 1
        """;
    assertThat(of(src, Language.KOTLIN))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.name()).isEqualTo("sum");
              assertThat(f.complexity()).isEqualTo(2);
            });
  }

  @Test
  void cAndCppIgnorePreprocessorAndControlBlocks() {
    String src =
        """
        #define BODY(x) { if (x) {} }
        static int f(int a) {
          if (a) { return 1; }
          while (a--) {}
          return 0;
        }
        struct S { int g() const { return a ? 1 : 2; } };
        """;
    assertThat(of(src, Language.C)).extracting(FunctionMetric::name).containsExactly("f", "g");
    assertThat(of(src, Language.CPP)).extracting(FunctionMetric::complexity).containsExactly(3, 2);
  }

  @Test
  void cReadsOneBranchOfEachConditional() {
    String src =
        """
        static int f(int a) {
        #ifdef USE_LOCALE
          if (a > 1) {
        #elif defined(OTHER)
          if (a > 2) {
        #else
          if (a > 3) {
        #endif
            a++;
          }
          return a;
        }
        #if 0
        int dead(int a) { if (a) { return 1; } return 0; }
        #if NESTED
        }
        #endif
        #else
        int g(int b) { return b; }
        #endif
        """;
    assertThat(of(src, Language.C))
        .extracting(FunctionMetric::name, FunctionMetric::line, FunctionMetric::lines)
        .containsExactly(tuple("f", 1, 12), tuple("g", 19, 1));
    assertThat(of(src, Language.C).get(0).complexity()).isEqualTo(2);
  }

  @Test
  void aMacroAfterANamespaceNameOpensNoFunction() {
    String src =
        """
        namespace std _GLIBCXX_VISIBILITY(default)
        {
          struct timeval now(void) { return tv; }
        }
        """;
    assertThat(of(src, Language.CPP))
        .extracting(FunctionMetric::name, FunctionMetric::lines)
        .containsExactly(tuple("now", 1));
  }

  @Test
  void cppSpecifiersAfterTheParametersAreNoNames() {
    String src =
        """
        void a(int x) noexcept(true) {
          if (x) {}
        }
        void b() throw() { return; }
        auto c(int x) -> decltype(x + 1) { return x; }
        int d(int x) __attribute__((noinline)) { return x; }
        template<class T> class F<T(int) noexcept(N)> : Base {
          int g() const { return 1; }
          bool operator()(T&& t) const noexcept(noexcept(t < 0)) {
            if constexpr (N) { return t < 0; }
            return false;
          }
          bool operator==(const F& o) const { return true; }
        };
        """;
    assertThat(of(src, Language.CPP))
        .extracting(FunctionMetric::name, FunctionMetric::complexity)
        .containsExactly(
            tuple("a", 2),
            tuple("b", 1),
            tuple("c", 1),
            tuple("d", 1),
            tuple("g", 1),
            tuple("operator", 2),
            tuple("operator", 1));
  }

  @Test
  void kAndRDefinitionsDeclareTheirParametersBeforeTheBrace() {
    String src =
        """
        int ZEXPORT gzread(file, buf, len)
            gzFile file;
            voidp buf;
            unsigned len;
        {
            if (len == 0) return 0;
            return read(file, buf, len);
        }
        local void flush_pending(strm)
            z_streamp strm;
        {
            while (strm->avail && strm->next) strm->avail--;
        }
        """;
    assertThat(of(src, Language.C))
        .extracting(FunctionMetric::name, FunctionMetric::line, FunctionMetric::lines)
        .containsExactly(tuple("gzread", 1, 8), tuple("flush_pending", 9, 5));
    assertThat(of(src, Language.C)).extracting(FunctionMetric::complexity).containsExactly(2, 3);
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
    assertThat(of(py, Language.PYTHON))
        .extracting(FunctionMetric::name, FunctionMetric::line)
        .containsExactly(tuple("first", 6));
    String c = "const char *s = \"one \\\ntwo\";\nint f(void) {\n  return 0;\n}\n";
    assertThat(of(c, Language.C))
        .extracting(FunctionMetric::name, FunctionMetric::line, FunctionMetric::lines)
        .containsExactly(tuple("f", 3, 3));
  }

  @Test
  void csharpReadsOneBranchOfEachConditional() {
    String src =
        """
        class C {
          void M(bool x) {
        #if DEBUG
            if (x) {
        #else
            if (!x) {
        #endif
              Log();
            }
          }
          void N() {}
        }
        """;
    assertThat(of(src, Language.CSHARP))
        .extracting(FunctionMetric::name, FunctionMetric::lines)
        .containsExactly(tuple("M", 9), tuple("N", 1));
  }

  @Test
  void csharpVerbatimStringsAndForeach() {
    String src =
        """
        class P {
          void M(int[] xs) {
            var s = @"C:\\{path}";
            foreach (var x in xs) { if (x > 0) {} }
          }
        }
        """;
    assertThat(of(src, Language.CSHARP))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.name()).isEqualTo("M");
              assertThat(f.complexity()).isEqualTo(3);
            });
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
    assertThat(of(src, Language.RUBY))
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
    assertThat(of(src, Language.RUBY))
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
    assertThat(of(rb, Language.RUBY))
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
    assertThat(of(php, Language.PHP))
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
    assertThat(of(src, Language.RUBY))
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
    assertThat(of(src, Language.RUBY))
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
    assertThat(of(src, Language.PHP))
        .extracting(FunctionMetric::name)
        .containsExactly("(anonymous)", "f");
    assertThat(of(src, Language.PHP).get(1).complexity()).isEqualTo(3);
  }

  @Test
  void malformedSourceNeverThrows() {
    for (Language l : Language.values()) {
      assertThat(of("}}} ((( \"unterminated /* { def end fn func", l)).isNotNull();
    }
  }
}
