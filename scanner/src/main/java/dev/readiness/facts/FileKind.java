package dev.readiness.facts;

/** What the scanner could do with a path in the tree. */
public enum FileKind {
  /** A regular text file whose content was analysed. */
  TEXT,
  /** Contains NUL bytes: indexed by name only. */
  BINARY,
  /** Larger than the content-analysis limit: indexed by name only. */
  OVERSIZE,
  /** A symbolic link: indexed by name, its target never opened. */
  SYMLINK,
  /** A Git LFS pointer: the real content is not in the repository. */
  LFS_POINTER,
  /** Could not be read (permissions, invalid name): indexed by name only. */
  UNREADABLE
}
