package dev.readiness.metrics;

/**
 * One function or method found by the lexer.
 *
 * @param name the function's name, or a placeholder such as {@code (anonymous)}
 * @param line the 1-based line of its head
 * @param lines its length in lines, head to closing line inclusive
 * @param complexity its cyclomatic complexity: one plus the number of decision points
 */
public record FunctionMetric(String name, int line, int lines, int complexity) {}
