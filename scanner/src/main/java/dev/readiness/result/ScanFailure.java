package dev.readiness.result;

/**
 * A scan that could not produce a result.
 *
 * @param reason a condition reason users can act on
 * @param message one line, credentials already scrubbed
 */
public record ScanFailure(Reason reason, String message) implements ScanOutcome {

  /** Why a scan failed, as condition reasons. */
  public enum Reason {
    AUTHENTICATION_FAILED("AuthenticationFailed"),
    REF_NOT_FOUND("RefNotFound"),
    COMMIT_NOT_FOUND("CommitNotFound"),
    NOT_FOUND("RepositoryNotFound"),
    UNREACHABLE("RepositoryUnreachable"),
    TIMED_OUT("RemoteTimedOut"),
    CLONE_LIMIT("CloneLimitExceeded"),
    INVALID_INPUT("InvalidInput"),
    SCAN_ERROR("ScanError");

    private final String conditionReason;

    Reason(String conditionReason) {
      this.conditionReason = conditionReason;
    }

    public String conditionReason() {
      return conditionReason;
    }

    static Reason fromConditionReason(String s) throws MalformedResultException {
      for (Reason r : values()) {
        if (r.conditionReason.equals(s)) {
          return r;
        }
      }
      throw new MalformedResultException("unknown failure reason");
    }
  }
}
