package dev.readiness.signals;

import dev.readiness.facts.AppKind;
import dev.readiness.facts.CodeStats;
import dev.readiness.facts.FileEntry;
import dev.readiness.metrics.FunctionMetric;
import dev.readiness.metrics.Language;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Pillar 6: code quality, measured (sizes, complexity) and tooled. */
final class QualitySignals {
  static final int MAX_FILE_LINES = 500;

  private QualitySignals() {}

  static void register(Map<String, SignalEvaluator> m) {
    m.put("file_size_limit", QualitySignals::fileSize);
    m.put("function_size_limit", QualitySignals::functionSizeLimit);
    m.put("complexity_limit", QualitySignals::complexityLimit);
    QualityToolSignals.register(m);
  }

  private static Outcome functionSizeLimit(SignalContext ctx) {
    return functions(ctx, false);
  }

  private static Outcome complexityLimit(SignalContext ctx) {
    return functions(ctx, true);
  }

  static List<FileEntry> ownSource(SignalContext ctx) {
    List<FileEntry> scope =
        ctx.app().map(a -> ctx.facts().files().under(a.prefix())).orElse(ctx.facts().files().all());
    List<FileEntry> out = new ArrayList<>();
    for (FileEntry f : scope) {
      if (f.isOwnSource() && ctx.ownFile(f.path())) {
        out.add(f);
      }
    }
    return out;
  }

  private static Outcome fileSize(SignalContext ctx) {
    List<FileEntry> files = ownSource(ctx);
    if (files.isEmpty()) {
      return Outcome.skip("no first-party source files");
    }
    long small = files.stream().filter(f -> f.lines() <= MAX_FILE_LINES).count();
    String fact = ratio(small, files.size(), "source files at most " + MAX_FILE_LINES + " lines");
    List<String> evidence = new ArrayList<>(List.of(fact));
    files.stream()
        .filter(f -> f.lines() > MAX_FILE_LINES)
        .sorted(Comparator.comparingInt(FileEntry::lines).reversed().thenComparing(FileEntry::path))
        .limit(5)
        .forEach(f -> evidence.add(f.path() + " has " + f.lines() + " lines"));
    return small * 100 >= 90L * files.size()
        ? Outcome.pass(evidence)
        : Outcome.fail("fewer than 90% of " + fact.substring(fact.indexOf(' ') + 1), evidence);
  }

  private static Outcome functions(SignalContext ctx, boolean complexity) {
    int total = 0;
    int over = 0;
    List<FunctionMetric> worst = new ArrayList<>();
    List<String> where = new ArrayList<>();
    for (FileEntry f : ownSource(ctx)) {
      CodeStats s = f.code();
      if (s == null || s.functions() == 0) {
        continue;
      }
      total += s.functions();
      over += complexity ? s.complexFunctions() : s.longFunctions();
      FunctionMetric w = complexity ? s.mostComplex() : s.longest();
      worst.add(w);
      where.add(f.path());
    }
    if (total == 0) {
      return Outcome.skip("no functions found in first-party source");
    }
    int percent = complexity ? 95 : 90;
    String what =
        complexity
            ? "functions with complexity at most " + CodeStats.MAX_COMPLEXITY
            : "functions at most " + CodeStats.MAX_FUNCTION_LINES + " lines";
    List<String> evidence = new ArrayList<>(List.of(ratio(total - over, total, what)));
    evidence.addAll(worstOffenders(worst, where, complexity));
    return (long) (total - over) * 100 >= (long) percent * total
        ? Outcome.pass(evidence)
        : Outcome.fail("fewer than " + percent + "% of " + what, evidence);
  }

  private static List<String> worstOffenders(
      List<FunctionMetric> worst, List<String> where, boolean cx) {
    List<Integer> idx = new ArrayList<>();
    for (int i = 0; i < worst.size(); i++) {
      FunctionMetric w = worst.get(i);
      if (cx
          ? w.complexity() > CodeStats.MAX_COMPLEXITY
          : w.lines() > CodeStats.MAX_FUNCTION_LINES) {
        idx.add(i);
      }
    }
    idx.sort(
        Comparator.<Integer>comparingInt(
                i -> cx ? -worst.get(i).complexity() : -worst.get(i).lines())
            .thenComparing(where::get));
    List<String> out = new ArrayList<>();
    for (int i : idx.subList(0, Math.min(5, idx.size()))) {
      FunctionMetric w = worst.get(i);
      out.add(
          where.get(i)
              + ":"
              + w.line()
              + " "
              + w.name()
              + " "
              + (cx ? "complexity " + w.complexity() : w.lines() + " lines"));
    }
    return out;
  }

  static String ratio(long good, long total, String what) {
    return String.format(Locale.ROOT, "%d/%d %s (%.1f%%)", good, total, what, 100.0 * good / total);
  }

  static boolean isFrontend(SignalContext ctx) {
    return ctx.app().map(a -> a.kind() == AppKind.FRONTEND).orElse(false)
        || ctx.find().dependency("webpack|vite|rollup|esbuild|parcel|@angular/cli|next").found()
            && ctx.languages().stream()
                .anyMatch(l -> l == Language.JAVASCRIPT || l == Language.TYPESCRIPT);
  }
}
