package dev.readiness.operator;

import dev.readiness.source.Target;
import java.time.Instant;
import java.util.logging.ConsoleHandler;
import java.util.logging.Formatter;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * JDK logging to stderr, as plain lines or as one JSON object per line. Every message is scrubbed
 * before it is written: URL user info ({@code https://user:token@host}) and bearer tokens never
 * reach the log, whichever library produced the message.
 */
final class Logging {
  private Logging() {}

  private static String redact(String message) {
    return Target.redact(String.valueOf(message));
  }

  static void configure(boolean json) {
    Logger root = Logger.getLogger("");
    for (var h : root.getHandlers()) {
      root.removeHandler(h);
    }
    ConsoleHandler handler = new ConsoleHandler();
    handler.setLevel(Level.INFO);
    handler.setFormatter(json ? new JsonFormatter() : new PlainFormatter());
    root.addHandler(handler);
    root.setLevel(Level.INFO);
  }

  static final class PlainFormatter extends Formatter {
    @Override
    public String format(LogRecord r) {
      return Instant.ofEpochMilli(r.getMillis())
          + " "
          + r.getLevel()
          + " "
          + r.getLoggerName()
          + " "
          + redact(formatMessage(r) + thrown(r))
          + System.lineSeparator();
    }
  }

  /**
   * ": IllegalStateException: its first line" for a record with an error, innermost cause first;
   * never a stack trace (one line per record, and traces can carry URLs with credentials).
   */
  static String thrown(LogRecord r) {
    Throwable t = r.getThrown();
    if (t == null) {
      return "";
    }
    for (int depth = 0; t.getCause() != null && depth < 20; depth++) { // a cycle ends too
      t = t.getCause();
    }
    String m = t.getMessage() == null ? "" : ": " + t.getMessage().lines().findFirst().orElse("");
    return " (" + t.getClass().getSimpleName() + m + ")";
  }

  static final class JsonFormatter extends Formatter {
    @Override
    public String format(LogRecord r) {
      return "{\"time\":\""
          + Instant.ofEpochMilli(r.getMillis())
          + "\",\"level\":\""
          + r.getLevel()
          + "\",\"logger\":"
          + quote(r.getLoggerName())
          + ",\"message\":"
          + quote(redact(formatMessage(r) + thrown(r)))
          + "}"
          + System.lineSeparator();
    }

    private static String quote(String s) {
      StringBuilder sb = new StringBuilder("\"");
      for (char c : String.valueOf(s).toCharArray()) {
        switch (c) {
          case '"' -> sb.append("\\\"");
          case '\\' -> sb.append("\\\\");
          case '\n' -> sb.append("\\n");
          case '\r' -> sb.append("\\r");
          case '\t' -> sb.append("\\t");
          default -> {
            if (c < 0x20) {
              sb.append(String.format("\\u%04x", (int) c));
            } else {
              sb.append(c);
            }
          }
        }
      }
      return sb.append('"').toString();
    }
  }
}
