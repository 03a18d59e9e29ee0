package dev.readiness.facts;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** pyproject.toml, setup.cfg and setup.py details. */
final class PythonManifests {
  private static final Pattern INI_SECTION = Pattern.compile("^\\[([^\\]]+)\\]", Pattern.MULTILINE);
  private static final Pattern SETUP_NAME = Pattern.compile("name\\s*=\\s*['\"]([^'\"]+)['\"]");
  private static final Pattern QUOTED = Pattern.compile("['\"]([^'\"]+)['\"]");

  private PythonManifests() {}

  static void pyproject(ManifestBuilder b, JsonNode root) {
    JsonNode project = root.path("project");
    b.name = project.path("name").asText(root.path("tool").path("poetry").path("name").asText(""));
    project.path("dependencies").forEach(d -> require(b, d.asText()));
    project
        .path("optional-dependencies")
        .forEach(group -> group.forEach(d -> require(b, d.asText(), true)));
    root.path("dependency-groups")
        .forEach(group -> group.forEach(d -> require(b, d.asText(), true)));
    JsonNode poetry = root.path("tool").path("poetry");
    ManifestParsers.fields(poetry.path("dependencies"), b::dependency);
    ManifestParsers.fields(poetry.path("dev-dependencies"), b::devDependency);
    poetry
        .path("group")
        .forEach(g -> ManifestParsers.fields(g.path("dependencies"), b::devDependency));
    root.path("tool").fieldNames().forEachRemaining(t -> b.sections.add("tool." + t));
    root.fieldNames().forEachRemaining(b.sections::add);
    ManifestParsers.fields(project.path("scripts"), (k, v) -> b.scripts.put(k, v));
    root.path("tool")
        .path("uv")
        .path("workspace")
        .path("members")
        .forEach(m -> b.members.add(m.asText()));
  }

  private static void require(ManifestBuilder b, String requirement) {
    require(b, requirement, false);
  }

  private static void require(ManifestBuilder b, String requirement, boolean development) {
    String name = ManifestParsers.pep508Name(requirement);
    String spec = requirement.substring(Math.min(requirement.length(), name.length()));
    if (development) {
      b.devDependency(name, spec);
    } else {
      b.dependency(name, spec);
    }
  }

  static void setupCfg(ManifestBuilder b, String text) {
    Matcher m = INI_SECTION.matcher(text);
    while (m.find()) {
      b.sections.add(m.group(1).trim());
    }
    int at = text.indexOf("install_requires");
    if (at >= 0) {
      StringBuilder block = new StringBuilder();
      for (String line : text.substring(at).split("\n")) {
        if (block.length() > 0 && !line.startsWith(" ") && !line.startsWith("\t")) {
          break;
        }
        block
            .append(line.contains("=") ? line.substring(line.indexOf('=') + 1) : line)
            .append('\n');
      }
      ManifestParsers.requirements(b, block.toString());
    }
    Matcher n = SETUP_NAME.matcher(text);
    b.name = n.find() ? n.group(1) : "";
  }

  static void setupPy(ManifestBuilder b, String text) {
    Matcher n = SETUP_NAME.matcher(text);
    b.name = n.find() ? n.group(1) : "";
    int at = text.indexOf("install_requires");
    if (at >= 0) {
      int end = text.indexOf(']', at);
      Matcher q = QUOTED.matcher(text.substring(at, end < 0 ? text.length() : end));
      while (q.find()) {
        b.dependency(ManifestParsers.pep508Name(q.group(1)), q.group(1));
      }
    }
  }
}
