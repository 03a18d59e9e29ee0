package dev.readiness.facts;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** build.gradle(.kts) and settings.gradle(.kts): coordinates, plugin ids and included projects. */
final class GradleManifests {
  private static final Pattern DEPENDENCY =
      Pattern.compile(
          "\\b[a-zA-Z]*([Ii]mplementation|[Aa]pi|[Cc]ompileOnly|[Rr]untimeOnly|annotationProcessor"
              + "|kapt|ksp|classpath|detektPlugins)\\s*\\(?\\s*[\"']([^\"':\\s]+):([^\"':\\s]+)(?::([^\"'\\s]+))?[\"']");
  private static final Pattern PLUGIN =
      Pattern.compile("(?:\\bid\\s*\\(?\\s*|apply\\s+plugin\\s*:\\s*)[\"']([^\"']+)[\"']");

  /** A plugin from the version catalog: {@code alias(libs.plugins.spotless)}. */
  private static final Pattern CATALOG_PLUGIN =
      Pattern.compile("\\balias\\s*\\(\\s*libs\\.plugins\\.([\\w.]+)\\s*\\)");

  private static final Pattern KOTLIN_PLUGIN =
      Pattern.compile("\\bkotlin\\s*\\(\\s*\"([^\"]+)\"\\s*\\)");
  private static final Pattern INCLUDE = Pattern.compile("\\binclude\\s*\\(?([^\\n)]+)");
  private static final Pattern QUOTED = Pattern.compile("[\"']:?([^\"']+)[\"']");
  private static final Pattern ROOT_NAME =
      Pattern.compile("rootProject\\.name\\s*=\\s*[\"']([^\"']+)[\"']");

  private GradleManifests() {}

  static void parse(ManifestBuilder b, String fileName, String text) {
    if (fileName.startsWith("settings.gradle")) {
      b.workspaceRoot = true;
      Matcher inc = INCLUDE.matcher(text);
      while (inc.find()) {
        Matcher q = QUOTED.matcher(inc.group(1));
        while (q.find()) {
          b.members.add(q.group(1).replace(':', '/'));
        }
      }
      Matcher n = ROOT_NAME.matcher(text);
      b.name = n.find() ? n.group(1) : "";
      b.sections.add("settings");
      return;
    }
    Matcher d = DEPENDENCY.matcher(text);
    while (d.find()) {
      String configuration = d.group(0);
      if (configuration.startsWith("test") || configuration.contains("TestImplementation")) {
        b.devDependency(d.group(2) + ":" + d.group(3), d.group(4));
      } else {
        b.dependency(d.group(2) + ":" + d.group(3), d.group(4));
      }
    }
    ManifestParsers.matchAll(PLUGIN, text, 1, b.plugins::add);
    ManifestParsers.matchAll(CATALOG_PLUGIN, text, 1, b.plugins::add);
    ManifestParsers.matchAll(
        KOTLIN_PLUGIN, text, 1, k -> b.plugins.add("org.jetbrains.kotlin." + k));
  }
}
