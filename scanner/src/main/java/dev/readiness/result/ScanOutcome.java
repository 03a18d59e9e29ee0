package dev.readiness.result;

/** What a scan container reports through its termination message: a result or a failure. */
public sealed interface ScanOutcome permits ScanResult, ScanFailure {}
