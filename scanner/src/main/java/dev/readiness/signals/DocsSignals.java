package dev.readiness.signals;

import static dev.readiness.signals.SignalEvaluator.probing;

import dev.readiness.facts.AppKind;
import dev.readiness.facts.FileEntry;
import dev.readiness.facts.FileKind;
import dev.readiness.facts.GitHistory;
import dev.readiness.facts.ProbeWords;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Pillar 4: documentation and instructions. */
final class DocsSignals {
  private static final Pattern SKILL_FRONT_MATTER =
      Pattern.compile("(?s)\\A---.*?\\bname\\s*:.*?\\bdescription\\s*:.*?---");
  private static final int SKILL_FRONT_MATTER_MAX = 8 * 1024;

  private static final List<String> AGENT_FILES =
      List.of(
          "AGENTS.md",
          "CLAUDE.md",
          "GEMINI.md",
          ".github/copilot-instructions.md",
          ".cursor/rules/*",
          ".cursorrules",
          ".windsurfrules",
          "AGENT.md");
  private static final Pattern RESTRICTIVE =
      Pattern.compile(
          "(?i)(do not|don't|must not|never|prohibit|forbid|not (be )?allowed|not (be )?permitted|ban)"
              + "[^.\\n]{0,60}\\b(ai|llm|agents?|copilot|chatgpt|generated|machine)\\b"
              + "|\\b(ai|llm|agents?|copilot|chatgpt)\\b[^.\\n]{0,60}(not (be )?allowed|not (be )?permitted"
              + "|prohibited|forbidden|banned)");
  private static final Pattern INSTRUCTIVE =
      Pattern.compile("(?i)```|\\b(build|test|lint|run|install|command|layout|convention)s?\\b");

  private DocsSignals() {}

  /** Code that reads the agent instructions (a test of them, a script that checks them). */
  private static final ProbeWords AGENTS_MD = ProbeWords.of("AGENTS.md");

  static void register(Map<String, SignalEvaluator> m) {
    m.put("readme", DocsSignals::readme);
    m.put("agents_md", DocsSignals::agentsMd);
    m.put("contributing_guide", DocsSignals::contributingGuide);
    m.put("automated_doc_generation", DocsSignals::docGeneration);
    m.put("issue_templates", DocsSignals::issueTemplates);
    m.put("pr_templates", DocsSignals::prTemplates);
    m.put("issue_labeling_system", DocsSignals::issueLabelingSystem);
    m.put("api_schema_docs", DocsSignals::apiSchema);
    m.put("documentation_freshness", DocsSignals::freshness);
    m.put("service_flow_documented", DocsSignals::serviceFlowDocumented);
    m.put("troubleshooting_doc", DocsSignals::troubleshootingDoc);
    m.put("skills", DocsSignals::skills);
    m.put("agents_md_validation", probing(DocsSignals::agentsMdValidation, AGENTS_MD));
    m.put(
        "backlog_health",
        SignalEvaluator.undecidable("issue labels and titles need forge API access"));
  }

  private static Outcome contributingGuide(SignalContext ctx) {
    return ctx.find()
        .filesAnywhere(
            "CONTRIBUTING*", "docs/contributing*", "docs/CONTRIBUTING*", ".github/CONTRIBUTING*")
        .result("no CONTRIBUTING guide");
  }

  private static Outcome issueTemplates(SignalContext ctx) {
    return ctx.find()
        .filesAnywhere(
            ".github/ISSUE_TEMPLATE/*",
            ".github/ISSUE_TEMPLATE.md",
            "ISSUE_TEMPLATE.md",
            ".gitlab/issue_templates/*",
            "docs/ISSUE_TEMPLATE*")
        .result("no issue templates");
  }

  private static Outcome prTemplates(SignalContext ctx) {
    return ctx.find()
        .filesAnywhere(
            ".github/pull_request_template.md",
            ".github/PULL_REQUEST_TEMPLATE/*",
            "pull_request_template.md",
            "docs/pull_request_template.md",
            ".gitlab/merge_request_templates/*")
        .result("no pull request template");
  }

  private static Outcome issueLabelingSystem(SignalContext ctx) {
    return ctx.find()
        .filesAnywhere(
            ".github/labels.{yml,yaml,json}",
            ".github/labeler.yml",
            ".github/issue-labeler.yml",
            "labels.{yml,yaml}")
        .ci("actions/labeler|github-label-sync|ghaction-github-labeler|issue-labeler|label-sync")
        .result("no label scheme declared");
  }

  private static Outcome serviceFlowDocumented(SignalContext ctx) {
    return ctx.find()
        .filesOutsideTests(
            "ARCHITECTURE*",
            "docs/architecture*",
            "docs/**/architecture*",
            "docs/adr/**",
            "doc/adr/**",
            "docs/decisions/**",
            "adr/**",
            "**/*.puml",
            "**/*.plantuml",
            "**/*.mmd",
            "docs/design*")
        .containsAnywhere("**/*.md", "```mermaid")
        .result("no architecture document, ADRs or diagrams");
  }

  private static Outcome troubleshootingDoc(SignalContext ctx) {
    return ctx.find()
        .filesAnywhere(
            "TROUBLESHOOTING*", "docs/troubleshooting*", "FAQ*", "docs/faq*", "docs/debugging*")
        .containsAnywhere(
            "**/*.{md,rst,adoc}",
            "(?im)^(#+|=+)\\s*(troubleshoot|faq|frequently asked"
                + "|debugging|common (problems|issues|errors)|known issues)")
        .result("no troubleshooting, FAQ or debugging guide");
  }

  private static Outcome agentsMdValidation(SignalContext ctx) {
    return ctx.find()
        .ci("AGENTS\\.md|lychee|markdown-link-check|linkinator|mlc|agents-md")
        .probeInCode(AGENTS_MD)
        .result("nothing checks that AGENTS.md stays true");
  }

  private static Outcome readme(SignalContext ctx) {
    for (FileEntry f : ctx.facts().files().glob("README{,.md,.rst,.adoc,.txt,.markdown}")) {
      if (f.kind() == FileKind.SYMLINK) {
        return Outcome.fail(
            "README is a symbolic link; links are never followed", List.of(f.path()));
      }
      String text = ctx.facts().text(f.path());
      if (text != null && explains(text)) {
        return Outcome.pass(f.path() + " (" + f.lines() + " lines)");
      }
      if (text != null) {
        return Outcome.fail(
            "README too thin: under 5 lines of text, and no usage section or code example",
            List.of(f.path()));
      }
    }
    return Outcome.fail("no README at the root");
  }

  /**
   * Whether a README tells a newcomer what the project is and how to use it: five lines of text, or
   * two beside a usage, install or build section or a code example. Two lines of prose, or a page
   * of links to elsewhere, do not.
   */
  static boolean explains(String text) {
    long lines = substance(text);
    return lines >= 5 || lines >= 2 && README_HOW.matcher(text).find();
  }

  private static final java.util.regex.Pattern README_HOW =
      java.util.regex.Pattern.compile(
          "(?im)^(```|~~~|\\$ |#+\\s*(usage|install|installation|getting started|quick ?start"
              + "|build|building|running|how to|examples?|setup)\\b)");

  /** Lines of text: not blank, headings, badges, underlines, comments, link lists or link refs. */
  private static long substance(String text) {
    return text.lines()
        .map(String::strip)
        .filter(
            l ->
                !l.isEmpty()
                    && !l.startsWith("#")
                    && !l.startsWith("[![")
                    && !l.startsWith("![")
                    && !l.startsWith("<")
                    && !l.matches("[=\\-~*]+")
                    && !l.matches("\\[[^\\]]+\\]:\\s*\\S+")
                    && !l.matches("([-*+]|\\d+\\.)?\\s*\\[[^\\]]*\\](\\([^)]*\\))?\\s*"))
        .count();
  }

  private static Outcome agentsMd(SignalContext ctx) {
    for (String glob : AGENT_FILES) {
      for (FileEntry f : ctx.facts().files().glob(glob)) {
        String text = ctx.facts().text(f.path());
        if (text == null || text.strip().length() <= 100) {
          continue;
        }
        if (RESTRICTIVE.matcher(text).find() && !INSTRUCTIVE.matcher(text).find()) {
          continue; // an AI policy, not instructions
        }
        if ("AGENTS.md".equals(f.path())) {
          return Outcome.pass(f.path() + " (" + text.strip().length() + " characters)");
        }
        return Outcome.pass(
            List.of(
                f.path() + " (" + text.strip().length() + " characters)",
                "AGENTS.md is the cross-agent convention; consider adding it"));
      }
    }
    return Outcome.fail("no AGENTS.md (or equivalent agent instructions of over 100 characters)");
  }

  private static Outcome docGeneration(SignalContext ctx) {
    return ctx.find()
        .filesAnywhere(
            "mkdocs.yml",
            "docs/conf.py",
            "typedoc.json",
            ".readthedocs.{yml,yaml}",
            "Doxyfile",
            "docusaurus.config.*",
            "antora.yml",
            "book.toml",
            "openapitools.json",
            ".redocly.yaml")
        .plugin(".*maven-javadoc-plugin|org\\.jetbrains\\.dokka|.*dokka.*|.*openapi-generator.*")
        .dependency(
            "typedoc|sphinx|mkdocs.*|@docusaurus/core|pdoc|swagger-jsdoc|@nestjs/swagger"
                + "|org\\.springdoc:.*|drf-spectacular|utoipa|github\\.com/swaggo/swag")
        .ci(
            "javadoc|dokka|sphinx-build|mkdocs (build|gh-deploy)|typedoc|cargo doc|rustdoc|doxygen"
                + "|docusaurus|openapi-generator|redocly|pdoc|gh-pages|deploy-pages|readthedocs")
        .result("documentation is not generated from the code");
  }

  private static Outcome apiSchema(SignalContext ctx) {
    Finder f =
        ctx.find()
            .ownFiles(
                "**/openapi*.{yml,yaml,json}",
                "**/swagger*.{yml,yaml,json}",
                "**/*.graphql",
                "**/*.gql",
                "**/*.graphqls",
                "**/*.proto",
                "**/asyncapi*.{yml,yaml,json}",
                "**/*.schema.json")
            // a Kubernetes operator's API is its custom resources: the CRD carries the schema
            .contains("**/*.{yml,yaml}", "^\\s*openAPIV3Schema:")
            .plugin("io\\.fabric8:crd-generator-maven-plugin")
            .dependency(
                "org\\.springdoc:.*|io\\.swagger.*|drf-spectacular|fastapi|@nestjs/swagger"
                    + "|swagger-jsdoc|utoipa|github\\.com/swaggo/swag|swashbuckle.*|nswag.*"
                    + "|io\\.fabric8:crd-generator-apt|sigs\\.k8s\\.io/controller-tools");
    boolean hasApi = ctx.app().map(a -> a.kind() == AppKind.SERVICE).orElse(true);
    if (!f.found() && !hasApi) {
      return Outcome.skip("not a service: no API to describe");
    }
    return f.result("service without an API schema (OpenAPI, GraphQL, protobuf, CRD schema)");
  }

  private static Outcome freshness(SignalContext ctx) {
    Optional<GitHistory> h = ctx.facts().history();
    if (h.isEmpty()) {
      return Outcome.unknown("not a git repository: no history to date the docs");
    }
    Map<String, java.time.Instant> changes = h.get().docChanges();
    if (changes.isEmpty()) {
      return Outcome.fail("README, AGENTS.md and CONTRIBUTING unchanged for over 180 days");
    }
    return Outcome.pass(
        changes.entrySet().stream()
            .sorted(Map.Entry.comparingByKey())
            .map(e -> e.getKey() + " changed " + LocalDate.ofInstant(e.getValue(), ZoneOffset.UTC))
            .toList());
  }

  /**
   * YAML front matter with a name and a description. It sits at the top, so only the head is
   * searched: the lazy pattern backtracks over the whole text when the closing line is missing.
   */
  static boolean hasSkillFrontMatter(String text) {
    String head = text.stripLeading();
    return SKILL_FRONT_MATTER
        .matcher(head.substring(0, Math.min(head.length(), SKILL_FRONT_MATTER_MAX)))
        .find();
  }

  private static Outcome skills(SignalContext ctx) {
    Finder f = ctx.find();
    for (String glob :
        List.of(
            ".factory/skills/*/SKILL.md",
            ".claude/skills/*/SKILL.md",
            ".skills/**/SKILL.md",
            "skills/*/SKILL.md",
            ".codex/skills/*/SKILL.md")) {
      for (FileEntry e : ctx.facts().files().glob(glob)) {
        String text = ctx.facts().text(e.path());
        if (text != null && hasSkillFrontMatter(text)) {
          f.add(e.path());
        }
      }
    }
    return f.result("no agent skills with a name and description");
  }
}
