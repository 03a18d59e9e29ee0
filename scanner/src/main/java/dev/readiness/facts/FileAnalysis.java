package dev.readiness.facts;

import dev.readiness.secrets.SecretFinding;
import java.util.List;

/**
 * Everything learned from one read of one file.
 *
 * @param content the text when it is kept for the signals (configuration, docs), else null
 * @param probes the probe keywords found, each with the line of its first occurrence
 */
record FileAnalysis(
    FileEntry entry, String content, List<ProbeHit> probes, List<SecretFinding> secrets) {}
