package dev.readiness.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Hand-counted functions, lengths and complexities: Java, JavaScript, TypeScript, C#, Go, Rust,
 * Kotlin; C and C++ in {@link CFamilyMetricsTest}, Python, Ruby and PHP in {@link
 * ScriptMetricsTest}.
 */
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
  void malformedSourceNeverThrows() {
    for (Language l : Language.values()) {
      assertThat(of("}}} ((( \"unterminated /* { def end fn func", l)).isNotNull();
    }
  }
}
