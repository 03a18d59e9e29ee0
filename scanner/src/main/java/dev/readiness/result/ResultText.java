package dev.readiness.result;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/** The framing of the result text: prefix, key=value fields, optional gzip+base64 wrapping. */
final class ResultText {
  private static final int MAX_INFLATED = 64 * 1024;

  private ResultText() {}

  /** The plain text, or its compressed form when the plain text is over {@code limit} bytes. */
  static String fit(String plain, String prefix, int limit) {
    byte[] bytes = plain.getBytes(StandardCharsets.UTF_8);
    if (bytes.length <= limit) {
      return plain;
    }
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(buf)) {
      gz.write(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String packed = prefix + "z;" + Base64.getEncoder().encodeToString(buf.toByteArray());
    if (packed.length() > limit) {
      throw new IllegalStateException("scan result does not fit " + limit + " bytes");
    }
    return packed;
  }

  /** Undoes {@link #fit}, refusing oversized, undecodable or inflating-too-far input. */
  static String unwrap(String text, String prefix, int limit) throws MalformedResultException {
    if (text == null || text.isBlank()) {
      throw new MalformedResultException("empty termination message");
    }
    String t = text.strip();
    if (t.getBytes(StandardCharsets.UTF_8).length > limit) {
      throw new MalformedResultException("termination message over " + limit + " bytes");
    }
    if (!t.startsWith(prefix + "z;")) {
      return t;
    }
    try (InputStream in =
        new GZIPInputStream(
            new ByteArrayInputStream(
                Base64.getDecoder().decode(t.substring(prefix.length() + 2))))) {
      byte[] out = in.readNBytes(MAX_INFLATED + 1);
      if (out.length > MAX_INFLATED) {
        throw new MalformedResultException("compressed result inflates too far");
      }
      return new String(out, StandardCharsets.UTF_8);
    } catch (IOException | IllegalArgumentException e) {
      throw new MalformedResultException("compressed result cannot be decoded");
    }
  }

  /** Splits {@code rrN;k=v;...} into fields, checking the schema version. */
  static Map<String, String> fields(String text, String prefix) throws MalformedResultException {
    String[] parts = text.split(";", -1);
    if (!parts[0].matches("rr[0-9]{1,4}")) {
      throw new MalformedResultException("not a readiness scan result");
    }
    if (!parts[0].equals(prefix)) {
      throw new MalformedResultException(
          "unsupported result schema version "
              + parts[0].substring(2)
              + " (this operator reads "
              + prefix.substring(2)
              + ")");
    }
    Map<String, String> out = new LinkedHashMap<>();
    for (int i = 1; i < parts.length; i++) {
      int eq = parts[i].indexOf('=');
      if (eq < 1 || out.put(parts[i].substring(0, eq), parts[i].substring(eq + 1)) != null) {
        throw new MalformedResultException("result field " + i + " is malformed or repeated");
      }
    }
    return out;
  }

  static void onlyKeys(Map<String, String> fields, String... allowed)
      throws MalformedResultException {
    Set<String> ok = Set.of(allowed);
    for (String k : fields.keySet()) {
      if (!ok.contains(k)) {
        throw new MalformedResultException("result has an unknown field");
      }
    }
  }

  static String required(Map<String, String> fields, String key) throws MalformedResultException {
    String v = fields.get(key);
    if (v == null || v.isEmpty()) {
      throw new MalformedResultException("result field " + key + " is missing");
    }
    return v;
  }

  static long number(String text, String field) throws MalformedResultException {
    if (!text.matches("[0-9]{1,19}")) {
      throw new MalformedResultException("result field " + field + ": not a number");
    }
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw new MalformedResultException("result field " + field + ": out of range");
    }
  }

  static int[] pair(String text, String field) throws MalformedResultException {
    int slash = text.indexOf('/');
    if (slash < 1) {
      throw new MalformedResultException("result field " + field + ": expected N/M");
    }
    long a = number(text.substring(0, slash), field);
    long b = number(text.substring(slash + 1), field);
    if (a > Integer.MAX_VALUE || b > Integer.MAX_VALUE) {
      throw new MalformedResultException("result field " + field + ": out of range");
    }
    return new int[] {(int) a, (int) b};
  }
}
