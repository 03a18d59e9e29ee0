package dev.readiness.report;

import dev.readiness.engine.Report;
import dev.readiness.engine.SignalResult;
import dev.readiness.scoring.Score;
import dev.readiness.signals.Status;

/** A report sized for a pull-request comment. */
public final class MarkdownReport {
  private MarkdownReport() {}

  public static String render(Report r) {
    StringBuilder sb = new StringBuilder();
    Report.ScoreSummary s = r.score();
    sb.append("### Agent readiness: level ")
        .append(s.level())
        .append(" (")
        .append(s.levelName())
        .append("), ")
        .append(s.points())
        .append('/')
        .append(s.maxPoints())
        .append(" points\n\n");
    pillars(sb, r);
    plan(sb, s);
    failing(sb, r);
    sb.append("\n</details>\n\n<sub>catalog ")
        .append(r.catalogVersion())
        .append(", policy `")
        .append(r.policyHash(), 0, 19)
        .append("`");
    if (r.repository().commit() != null) {
      sb.append(", commit `").append(r.repository().commit(), 0, 12).append('`');
    }
    return sb.append("</sub>\n").toString();
  }

  private static void pillars(StringBuilder sb, Report r) {
    sb.append("| Pillar | Points | Signals |\n|---|---:|---:|\n");
    for (Score.PillarScore p : r.pillars()) {
      sb.append("| ")
          .append(p.name())
          .append(" | ")
          .append(p.points())
          .append('/')
          .append(p.maxPoints())
          .append(" | ")
          .append(p.passed())
          .append('/')
          .append(p.applicable())
          .append(" |\n");
    }
  }

  private static void plan(StringBuilder sb, Report.ScoreSummary s) {
    if (s.nextLevel() != null) {
      sb.append("\n**To reach level ")
          .append(s.nextLevel().level())
          .append(" (")
          .append(s.nextLevel().levelName())
          .append("):**\n\n");
      for (Score.PlanStep step : s.nextLevel().plan()) {
        sb.append("- [ ] `")
            .append(step.id())
            .append("` (")
            .append(step.points())
            .append(" pts, ")
            .append(step.effort())
            .append("): ")
            .append(step.remediation())
            .append('\n');
      }
    }
  }

  private static void failing(StringBuilder sb, Report r) {
    sb.append("\n<details><summary>Failing signals</summary>\n\n");
    for (SignalResult sr : r.signals()) {
      if (sr.status() == Status.FAIL) {
        sb.append("- `")
            .append(sr.id())
            .append("` L")
            .append(sr.level())
            .append(": ")
            .append(sr.reason().replace("|", "\\|"))
            .append('\n');
      }
    }
  }
}
