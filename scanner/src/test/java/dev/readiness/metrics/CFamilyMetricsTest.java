package dev.readiness.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-counted C and C++ functions: preprocessor branches, K&R heads, C++ specifiers. */
class CFamilyMetricsTest {
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
      assertThat(CodeMetrics.functions(src, lang))
          .as(lang.id())
          .extracting(FunctionMetric::name)
          .containsExactly("It", "It");
    }
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
    assertThat(CodeMetrics.functions(src, Language.C))
        .extracting(FunctionMetric::name)
        .containsExactly("f", "g");
    assertThat(CodeMetrics.functions(src, Language.CPP))
        .extracting(FunctionMetric::complexity)
        .containsExactly(3, 2);
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
    assertThat(CodeMetrics.functions(src, Language.C))
        .extracting(FunctionMetric::name, FunctionMetric::line, FunctionMetric::lines)
        .containsExactly(tuple("f", 1, 12), tuple("g", 19, 1));
    assertThat(CodeMetrics.functions(src, Language.C).get(0).complexity()).isEqualTo(2);
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
    assertThat(CodeMetrics.functions(src, Language.CPP))
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
    assertThat(CodeMetrics.functions(src, Language.CPP))
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
    assertThat(CodeMetrics.functions(src, Language.C))
        .extracting(FunctionMetric::name, FunctionMetric::line, FunctionMetric::lines)
        .containsExactly(tuple("gzread", 1, 8), tuple("flush_pending", 9, 5));
    assertThat(CodeMetrics.functions(src, Language.C))
        .extracting(FunctionMetric::complexity)
        .containsExactly(2, 3);
  }
}
