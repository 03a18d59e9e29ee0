package dev.readiness.engine;

import dev.readiness.signals.Status;
import java.util.List;
import java.util.Map;

/**
 * A signal's outcome in a report.
 *
 * @param apps for app-scoped signals, app id to status
 */
public record SignalResult(
    String id,
    String title,
    String pillar,
    int level,
    int points,
    String scope,
    Status status,
    List<String> evidence,
    String reason,
    String remediation,
    List<String> processes,
    Map<String, Status> apps) {}
