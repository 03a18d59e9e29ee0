package dev.readiness.result;

import dev.readiness.catalog.Catalog;
import dev.readiness.catalog.Scope;
import dev.readiness.catalog.SignalDefinition;
import dev.readiness.signals.Status;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The termination-message encoding of a scan outcome: versioned, compact, and always within the
 * 4096 bytes Kubernetes keeps. Catalog outcomes are one character per signal in catalog order
 * (guarded by the catalog version and fingerprint), custom signals one character each in policy
 * order (guarded by the scan-inputs hash). Text over the limit is gzip-compressed and base64-coded.
 *
 * <pre>rr1;c=COMMIT;t=EPOCH;k=CATALOG;f=FINGERPRINT;h=INPUTS;s=PFSU..;x=PF..;a=I:P/N,..;g=C/A;d=MS
 * rr1;e=REASON;m=MESSAGE</pre>
 */
public final class ResultCodec {
  /** The most a container's termination message can hold. */
  public static final int MAX_BYTES = 4096;

  static final int SCHEMA_VERSION = 1;
  private static final String PREFIX = "rr" + SCHEMA_VERSION;
  private static final Pattern COMMIT = Pattern.compile("[0-9a-f]{40}|[0-9a-f]{64}");
  private static final int MAX_MESSAGE = 512;

  private final Catalog catalog;
  private final List<SignalDefinition> signals;

  public ResultCodec(Catalog catalog) {
    this.catalog = catalog;
    this.signals = catalog.signals();
  }

  /** Encodes a result; {@code customIds} are the policy's custom signals in policy order. */
  public String encode(ScanResult r, List<String> customIds) {
    Map<String, String> f = new LinkedHashMap<>();
    f.put("c", r.commit());
    f.put("t", Long.toString(r.commitTime().getEpochSecond()));
    f.put("k", catalog.version());
    f.put("f", catalog.fingerprint());
    f.put("h", shortHash(r.inputsHash()));
    f.put("s", statusChars(signals.stream().map(SignalDefinition::id).toList(), r.outcomes()));
    f.put("x", statusChars(customIds, r.outcomes()));
    f.put("a", tallies(r.appTallies()));
    f.put("g", r.commits() + "/" + r.agentCommits());
    f.put("d", Long.toString(r.durationMs()));
    return fit(join(f));
  }

  /** Encodes a failure; the message is cut to one short line. */
  public String encodeFailure(ScanFailure failure) {
    Map<String, String> f = new LinkedHashMap<>();
    f.put("e", failure.reason().conditionReason());
    f.put("m", oneLine(failure.message()));
    return fit(join(f));
  }

  /**
   * Decodes and validates a termination message.
   *
   * @param expectedCommit the commit the Job was created for, or null to accept any
   * @param expectedInputsHash the scan-inputs hash the Job was created for
   * @throws MalformedResultException when anything about it is off; the message never echoes input
   */
  public ScanOutcome decode(
      String text, List<String> customIds, String expectedCommit, String expectedInputsHash)
      throws MalformedResultException {
    Map<String, String> f = ResultText.fields(ResultText.unwrap(text, PREFIX, MAX_BYTES), PREFIX);
    if (f.containsKey("e")) {
      ResultText.onlyKeys(f, "e", "m");
      return new ScanFailure(
          ScanFailure.Reason.fromConditionReason(f.get("e")), oneLine(f.getOrDefault("m", "")));
    }
    ResultText.onlyKeys(f, "c", "t", "k", "f", "h", "s", "x", "a", "g", "d");
    checkCatalog(f);
    String commit = ResultText.required(f, "c");
    if (!COMMIT.matcher(commit).matches()) {
      throw new MalformedResultException("result commit is not a commit id");
    }
    if (expectedCommit != null && !expectedCommit.equals(commit)) {
      throw new MalformedResultException("result is for another commit than the Job's");
    }
    if (!shortHash(expectedInputsHash).equals(ResultText.required(f, "h"))) {
      throw new MalformedResultException("result was made with other custom signals");
    }
    Map<String, Status> outcomes = new TreeMap<>();
    readStatuses(ResultText.required(f, "s"), ids(signals), outcomes, "s");
    readStatuses(f.getOrDefault("x", ""), customIds, outcomes, "x");
    int[] history = ResultText.pair(ResultText.required(f, "g"), "g");
    if (history[1] > history[0]) {
      throw new MalformedResultException("result field g: more agent commits than commits");
    }
    return new ScanResult(
        commit,
        Instant.ofEpochSecond(ResultText.number(ResultText.required(f, "t"), "t")),
        catalog.version(),
        expectedInputsHash,
        outcomes,
        readTallies(f.getOrDefault("a", "")),
        history[0],
        history[1],
        ResultText.number(ResultText.required(f, "d"), "d"));
  }

  private void checkCatalog(Map<String, String> f) throws MalformedResultException {
    String version = ResultText.required(f, "k");
    if (!version.equals(catalog.version())
        || !catalog.fingerprint().equals(ResultText.required(f, "f"))) {
      throw new MalformedResultException(
          "scanner catalog "
              + (version.matches("[0-9A-Za-z.+-]{1,32}") ? version : "(invalid)")
              + " does not match the operator's "
              + catalog.version()
              + ": run scanner and operator images of the same release");
    }
  }

  private static List<String> ids(List<SignalDefinition> defs) {
    return defs.stream().map(SignalDefinition::id).toList();
  }

  private static String statusChars(List<String> ids, Map<String, Status> outcomes) {
    StringBuilder sb = new StringBuilder(ids.size());
    for (String id : ids) {
      sb.append(outcomes.getOrDefault(id, Status.UNKNOWN).name().charAt(0));
    }
    return sb.toString();
  }

  private static void readStatuses(
      String chars, List<String> ids, Map<String, Status> out, String field)
      throws MalformedResultException {
    if (chars.length() != ids.size()) {
      throw new MalformedResultException(
          "result field " + field + ": " + chars.length() + " outcomes, expected " + ids.size());
    }
    for (int i = 0; i < chars.length(); i++) {
      out.put(ids.get(i), status(chars.charAt(i), field));
    }
  }

  private static Status status(char c, String field) throws MalformedResultException {
    return switch (c) {
      case 'P' -> Status.PASS;
      case 'F' -> Status.FAIL;
      case 'S' -> Status.SKIP;
      case 'U' -> Status.UNKNOWN;
      default -> throw new MalformedResultException("result field " + field + ": bad outcome");
    };
  }

  private String tallies(Map<String, ScanResult.AppTally> tallies) {
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < signals.size(); i++) {
      ScanResult.AppTally t = tallies.get(signals.get(i).id());
      if (t != null) {
        parts.add(i + ":" + t.passed() + "/" + t.applicable());
      }
    }
    return String.join(",", parts);
  }

  private Map<String, ScanResult.AppTally> readTallies(String text)
      throws MalformedResultException {
    Map<String, ScanResult.AppTally> out = new TreeMap<>();
    if (text.isEmpty()) {
      return out;
    }
    for (String part : text.split(",", -1)) {
      int colon = part.indexOf(':');
      if (colon < 1) {
        throw new MalformedResultException("result field a: bad entry");
      }
      long index = ResultText.number(part.substring(0, colon), "a");
      int[] pn = ResultText.pair(part.substring(colon + 1), "a");
      if (index >= signals.size()
          || signals.get((int) index).scope() != Scope.APP
          || pn[0] > pn[1]
          || out.put(signals.get((int) index).id(), new ScanResult.AppTally(pn[0], pn[1]))
              != null) {
        throw new MalformedResultException("result field a: bad entry");
      }
    }
    return out;
  }

  private static String shortHash(String hash) {
    String hex = hash == null ? "" : hash.substring(hash.indexOf(':') + 1);
    return hex.length() > 16 ? hex.substring(0, 16) : hex;
  }

  static String oneLine(String message) {
    String s = message == null ? "" : message.replaceAll("[;\\r\\n\\t]+", " ").strip();
    return s.length() > MAX_MESSAGE ? s.substring(0, MAX_MESSAGE - 3) + "..." : s;
  }

  private static String join(Map<String, String> fields) {
    StringBuilder sb = new StringBuilder(PREFIX);
    fields.forEach((k, v) -> sb.append(';').append(k).append('=').append(v));
    return sb.toString();
  }

  private static String fit(String plain) {
    return ResultText.fit(plain, PREFIX, MAX_BYTES);
  }
}
