package dev.readiness.report;

import dev.readiness.engine.Report;
import dev.readiness.engine.SignalResult;
import dev.readiness.scoring.Score;
import dev.readiness.signals.Status;
import java.util.Locale;

/** The terminal report: level, pillars, the plan to the next level, then what fails and why. */
public final class TextReport {
  private static final String RESET = "\u001b[0m";

  private TextReport() {}

  public static String render(Report r, boolean color) {
    StringBuilder sb = new StringBuilder();
    Report.ScoreSummary s = r.score();
    header(sb, r, color);
    sb.append(
            bold(
                String.format(
                    Locale.ROOT,
                    "Level %d (%s)  %d/%d points",
                    s.level(),
                    s.levelName(),
                    s.points(),
                    s.maxPoints()),
                color))
        .append('\n');
    gates(sb, s);
    sb.append('\n');
    for (Score.PillarScore p : r.pillars()) {
      sb.append(
          String.format(
              Locale.ROOT,
              "  %-36s %3d/%-3d pts  %2d/%-2d signals%n",
              p.name(),
              p.points(),
              p.maxPoints(),
              p.passed(),
              p.applicable()));
    }
    plan(sb, s.nextLevel(), color);
    failing(sb, r, color);
    footer(sb, r);
    return sb.toString();
  }

  private static void header(StringBuilder sb, Report r, boolean color) {
    sb.append(bold(TextLines.fit("Agent readiness: ", r.repository().source()).strip(), color))
        .append('\n');
    if (r.repository().commit() != null) {
      sb.append("commit ").append(r.repository().commit(), 0, 12).append("  ");
    }
    sb.append("catalog ")
        .append(r.catalogVersion())
        .append("  policy ")
        .append(r.policyHash(), 0, 19)
        .append("\n\n");
  }

  private static void footer(StringBuilder sb, Report r) {
    sb.append(
        String.format(
            Locale.ROOT,
            "%n%d files (%d analysed, %d binary, %d over 2 MiB, %d links, "
                + "%d submodules), %d apps, %d ms%n",
            r.scan().files(),
            r.scan().analyzed(),
            r.scan().binary(),
            r.scan().oversize(),
            r.scan().symlinks(),
            r.scan().submodules().size(),
            r.apps().size(),
            r.durationMs()));
  }

  /**
   * Why the level is what it is: per level, the gate practices passed of applicable and how many
   * are needed, the points needed, and up to three failing gate signals.
   */
  private static void gates(StringBuilder sb, Report.ScoreSummary s) {
    sb.append("level gates (white paper practices passed/applicable, needed; points needed):\n");
    for (Score.LevelGate g : s.levelGates()) {
      String head =
          String.format(
              Locale.ROOT,
              "  L%d %-4s %d/%d need %d, %3d pts",
              g.level(),
              g.met() ? "met" : "no",
              g.passed(),
              g.applicable(),
              g.required(),
              g.pointsNeeded());
      sb.append(
          g.failing().isEmpty() ? head + "\n" : TextLines.list(head, "  failing: ", g.failing()));
    }
  }

  private static void plan(StringBuilder sb, Score.NextLevel next, boolean color) {
    if (next == null) {
      sb.append("\nTop level reached.\n");
      return;
    }
    sb.append('\n')
        .append(
            bold(
                "Next: level "
                    + next.level()
                    + " ("
                    + next.levelName()
                    + ")"
                    + (next.reachable() ? "" : ", not reachable with the failing signals alone"),
                color))
        .append('\n');
    for (Score.PlanStep step : next.plan()) {
      String head =
          String.format(
              Locale.ROOT,
              "  + %-32s L%d %2d pts %-6s ",
              step.id(),
              step.level(),
              step.points(),
              step.effort());
      sb.append(TextLines.fit(head, step.remediation()));
    }
  }

  private static void failing(StringBuilder sb, Report r, boolean color) {
    sb.append('\n').append(bold("Failing signals", color)).append('\n');
    for (SignalResult sr : r.signals()) {
      if (sr.status() == Status.FAIL) {
        String head = "  ✗ " + sr.id() + " (L" + sr.level() + ", " + sr.pillar() + "): ";
        sb.append(TextLines.reason(head, sr.reason()).replaceFirst("✗", paint("✗", "31", color)));
      }
    }
    long passing = r.signals().stream().filter(x -> x.status() == Status.PASS).count();
    long skipped = r.signals().stream().filter(x -> x.status() == Status.SKIP).count();
    long unknown = r.signals().stream().filter(x -> x.status() == Status.UNKNOWN).count();
    sb.append(
        String.format(
            Locale.ROOT,
            "  %s %d passing, %d skipped (not applicable), %d unknown%n",
            paint("✓", "32", color),
            passing,
            skipped,
            unknown));
  }

  private static String bold(String s, boolean color) {
    return color ? "\u001b[1m" + s + RESET : s;
  }

  private static String paint(String s, String code, boolean color) {
    return color ? "\u001b[" + code + "m" + s + RESET : s;
  }
}
