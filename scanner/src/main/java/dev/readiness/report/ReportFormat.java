package dev.readiness.report;

import dev.readiness.engine.Report;

/** The output formats of {@code readiness scan --format}. */
public enum ReportFormat {
  TEXT,
  JSON,
  MARKDOWN,
  SARIF;

  /** Renders a report; {@code color} only matters for text. */
  public String render(Report report, boolean color) {
    return switch (this) {
      case TEXT -> TextReport.render(report, color);
      case JSON -> JsonReport.render(report);
      case MARKDOWN -> MarkdownReport.render(report);
      case SARIF -> SarifReport.render(report);
    };
  }
}
