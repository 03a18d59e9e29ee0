package dev.readiness.facts;

/** How many paths of each kind the scan saw; reported so that nothing is skipped silently. */
public record ScanCounts(
    int files,
    int analyzed,
    int binary,
    int oversize,
    int symlinks,
    int lfsPointers,
    int unreadable,
    int vendored,
    int generated,
    int submodules) {}
