package dev.readiness.scoring;

import dev.readiness.catalog.Effort;
import dev.readiness.catalog.Pillar;
import dev.readiness.catalog.Scope;
import java.util.List;

/** One signal as the policy scores it: its level and points after overrides. */
public record RubricEntry(
    String id,
    String title,
    Pillar pillar,
    int level,
    int points,
    Scope scope,
    Effort effort,
    List<String> processes,
    String remediation,
    boolean custom) {}
