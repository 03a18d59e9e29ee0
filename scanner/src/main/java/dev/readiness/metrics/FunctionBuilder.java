package dev.readiness.metrics;

/** A function whose end has not been seen yet. */
final class FunctionBuilder {
  final String name;
  final int line;
  final int indent;
  int complexity = 1;

  FunctionBuilder(String name, int line, int indent) {
    this.name = name;
    this.line = line;
    this.indent = indent;
  }

  FunctionMetric build(int endLine) {
    return new FunctionMetric(name, line, Math.max(1, endLine - line + 1), complexity);
  }
}
