package dev.readiness.signals;

import static dev.readiness.signals.SignalEvaluator.probing;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.readiness.facts.FileEntry;
import dev.readiness.facts.ProbeWords;
import dev.readiness.metrics.Language;
import java.util.Map;

/** Pillar 5: development environment and remote execution. */
final class DevenvSignals {
  private static final ProbeWords ENV_READS =
      ProbeWords.of("process.env", "os.environ", "os.getenv", "os.Getenv")
          .in(Language.GO, "os.LookupEnv")
          .and("System.getenv")
          .in(Language.RUST, "std::env::var")
          .and(
              "env::var(",
              "ENV[",
              "ENV.fetch",
              "getenv(",
              "GetEnvironmentVariable",
              "import.meta.env",
              "$_ENV",
              "dotenv");

  private static final ProbeWords DATA_MODELS =
      ProbeWords.of("@Entity", "models.Model", "DeclarativeBase", "declarative_base")
          .in(Language.GO, "gorm.Model")
          .in(Language.RUBY, "ActiveRecord::")
          .and("DbContext", "mongoose.Schema", "CREATE TABLE");
  static final String SERVICES =
      ".*(postgres|pg|psycopg.*|mysql.*|mariadb|mongodb.*|mongoose|redis|ioredis|kafka.*|amqp.*"
          + "|rabbitmq.*|pika|elasticsearch.*|sqlalchemy|hibernate.*|jdbc|prisma|@prisma/client"
          + "|typeorm|sequelize|gorm\\.io/.*|diesel|sqlx|activerecord|pgx.*|lib/pq|spring-boot-starter-data.*"
          + "|entityframeworkcore.*|doctrine/orm|knex|drizzle-orm|celery|nats.*).*";

  private static final JsonMapper LENIENT_JSON =
      JsonMapper.builder()
          .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_TRAILING_COMMA)
          .build();

  private DevenvSignals() {}

  static void register(Map<String, SignalEvaluator> m) {
    m.put("env_template", probing(DevenvSignals::envTemplate, ENV_READS));
    m.put("devcontainer", DevenvSignals::devcontainer);
    m.put("local_services_setup", DevenvSignals::localServices);
    m.put("database_schema", probing(DevenvSignals::databaseSchema, DATA_MODELS));
    m.put("devcontainer_runnable", DevenvSignals::devcontainerRunnable);
    m.put("agent_tooling_config", DevenvSignals::agentToolingConfig);
    m.put("remote_dev_environment", DevenvSignals::remoteDevEnvironment);
    m.put("agent_sandbox", DevenvSignals::agentSandbox);
  }

  private static Outcome devcontainer(SignalContext ctx) {
    return ctx.find()
        .files(
            ".devcontainer/devcontainer.json",
            ".devcontainer.json",
            ".devcontainer/*/devcontainer.json",
            "flake.nix",
            "shell.nix",
            "default.nix",
            "devbox.json",
            "Dockerfile.dev",
            "dev.Dockerfile",
            "**/Dockerfile.dev",
            ".devcontainer/Dockerfile",
            ".gitpod.yml",
            "devenv.nix")
        .contains(".envrc", "(?m)^\\s*use (flake|nix)\\b")
        // a compose service that mounts the checkout is an environment to work in
        .contains(
            "{,docker/**/,.docker/**/,dev/**/}{docker-compose,compose}*.{yml,yaml}",
            "(?m)^\\s*-\\s*['\"]?\\.{1,2}/?[\\w./-]*:/[\\w/.-]+")
        // a compose file kept with the images (docker/test/develop.yml) is one too
        .contains(
            "{docker,.docker}/**/*.{yml,yaml}",
            "(?s)^(?=.*\\bservices:).*\\n\\s*-\\s*['\"]?\\.{1,2}/[\\w./-]*:/[\\w/.-]+")
        .contains(
            "{Makefile,justfile,Justfile}",
            "(docker|podman|\\$[({](DOCKER|CONTAINER_ENGINE|ENGINE)[)}]) run[^\\n]*-v\\s*['\"]?"
                + "\\$[({]?(PWD|CURDIR|shell pwd)")
        .add(toolVersionsWithRunner(ctx))
        .result("no reproducible development environment declared");
  }

  private static Outcome agentToolingConfig(SignalContext ctx) {
    return ctx.find()
        .files(
            ".mcp.json",
            ".vscode/mcp.json",
            ".cursor/mcp.json",
            ".claude/settings.json",
            ".factory/*",
            ".factory/**/*.{json,yml,yaml,toml}",
            ".codex/config.toml",
            ".gemini/settings.json",
            "opencode.json",
            ".aider.conf.yml",
            ".continue/config.*")
        .result("no agent tool or settings configuration (.mcp.json, .claude/settings.json)");
  }

  private static Outcome remoteDevEnvironment(SignalContext ctx) {
    return ctx.find()
        .files(".gitpod.yml", "devpod.yaml", ".github/codespaces/*", ".coder/**")
        .contains("**/devcontainer.json", "hostRequirements|codespaces")
        .containsAnywhere("**/*.tf", "coder_agent|google_workstations")
        .result("no remote or persistent development environment declared");
  }

  private static Outcome agentSandbox(SignalContext ctx) {
    return ctx.find()
        .contains(".claude/settings*.json", "\"sandbox\"")
        .files(".devcontainer/init-firewall.sh")
        .contains(".devcontainer/**", "firewall|--network=none|iptables|network_mode:\\s*none")
        .contains(".codex/config.toml", "sandbox")
        .containsAnywhere(
            "**/*compose*.{yml,yaml}",
            "agent[\\s\\S]{0,400}(network_mode:\\s*none|internal:\\s*true)")
        .result("agents are not sandboxed by default");
  }

  private static String toolVersionsWithRunner(SignalContext ctx) {
    boolean versions = ctx.exists(".tool-versions") || ctx.exists("{mise.toml,.mise.toml}");
    boolean runner =
        ctx.exists("{Makefile,justfile,Justfile,Taskfile.yml}")
            || ctx.find().contains("{mise.toml,.mise.toml}", "\\[tasks").found();
    return versions && runner ? "pinned tool versions with a task runner" : null;
  }

  private static Outcome envTemplate(SignalContext ctx) {
    Finder reads = ctx.find().probe(ENV_READS);
    if (!reads.found()) {
      return Outcome.skip("the code reads no environment variables");
    }
    return ctx.find()
        .filesOutsideTests(
            "**/.env.example",
            "**/.env.sample",
            "**/.env.template",
            "**/.env.dist",
            "**/env.example",
            "**/example.env",
            "**/.env.defaults",
            "**/.envrc.example")
        // a heading, or a variable named next to the words: "environment variables" alone is
        // often a bug-report checklist ("OS environment, environment variables, etc.")
        .containsAnywhere(
            "{README*,AGENTS.md,CONTRIBUTING*,docs/**/*.md}",
            "(?im)^#+[^\\n]*\\benv(ironment)?[ _-]?(variables?|vars?)\\b"
                + "|environment variables?[^\\n]{0,200}`[A-Z][A-Z0-9_]{2,}`"
                + "|`[A-Z][A-Z0-9_]{2,}`[^\\n]{0,80}environment variable")
        .result(
            "the code reads environment variables ("
                + reads.evidence().get(0)
                + ") but no .env.example or documentation lists them");
  }

  static boolean usesServices(SignalContext ctx) {
    return ctx.find().dependency(SERVICES).found();
  }

  private static Outcome localServices(SignalContext ctx) {
    Finder f =
        ctx.find()
            .filesAnywhere(
                "**/docker-compose*.{yml,yaml}",
                "**/compose*.{yml,yaml}",
                "Tiltfile",
                "skaffold.yaml",
                "devspace.yaml")
            .dependency(".*testcontainers.*");
    if (!f.found() && !usesServices(ctx)) {
      return Outcome.skip("no databases, queues or caches among the dependencies");
    }
    return f.result("the code depends on services but nothing starts them locally");
  }

  private static Outcome databaseSchema(SignalContext ctx) {
    Finder f =
        ctx.find()
            .ownFiles(
                "**/migrations/**",
                "**/migrate/**",
                "**/alembic/**",
                "**/alembic.ini",
                "**/prisma/schema.prisma",
                "**/*.sql",
                "**/db/changelog/**",
                "**/resources/db/migration/**",
                "**/db/schema.rb",
                "**/structure.sql")
            .dependency(
                "org\\.flywaydb:.*|org\\.liquibase:.*|alembic|knex|sequelize-cli|diesel_migrations"
                    + "|github\\.com/golang-migrate/.*|github\\.com/pressly/goose.*|flyway.*|liquibase.*")
            .probe(DATA_MODELS);
    if (!f.found() && !usesServices(ctx)) {
      return Outcome.skip("no database dependency");
    }
    return f.result("uses a database but no schema or migrations are in the repository");
  }

  private static Outcome devcontainerRunnable(SignalContext ctx) {
    Finder f = ctx.find();
    boolean defined = false;
    for (FileEntry e :
        ctx.facts()
            .files()
            .glob(
                "{.devcontainer/devcontainer.json,.devcontainer.json,"
                    + ".devcontainer/*/devcontainer.json}")) {
      defined = true;
      String problem = devcontainerProblem(ctx, e);
      if (problem == null) {
        f.add(e.path() + " parses and names its image or Dockerfile");
      } else {
        return Outcome.fail(e.path() + ": " + problem, java.util.List.of(e.path()));
      }
    }
    for (FileEntry e : ctx.facts().files().glob("flake.nix")) {
      defined = true;
      ctx.grep(e.path(), Finder.re("devShells?|mkShell")).ifPresent(f::add);
    }
    for (FileEntry e :
        ctx.facts().files().glob("{Dockerfile.dev,dev.Dockerfile,.devcontainer/Dockerfile}")) {
      defined = true;
      ctx.grep(e.path(), Finder.re("(?i)^FROM\\s+\\S+")).ifPresent(f::add);
    }
    return f.result(
        defined
            ? "the dev environment definition is incomplete"
            : "no dev environment definition to run");
  }

  private static String devcontainerProblem(SignalContext ctx, FileEntry e) {
    String text = ctx.facts().text(e.path());
    if (text == null) {
      return "not readable";
    }
    JsonNode root;
    try {
      root = LENIENT_JSON.readTree(text);
    } catch (java.io.IOException ex) {
      return "does not parse as JSON";
    }
    if (root == null || !root.isObject()) {
      return "is not a JSON object";
    }
    if (root.hasNonNull("image")) {
      return null;
    }
    String dockerfile =
        root.path("build").path("dockerfile").asText(root.path("dockerFile").asText(""));
    String compose =
        root.path("dockerComposeFile").isArray()
            ? root.path("dockerComposeFile").path(0).asText("")
            : root.path("dockerComposeFile").asText("");
    String ref = dockerfile.isEmpty() ? compose : dockerfile;
    if (ref.isEmpty()) {
      return "names neither an image, a Dockerfile nor a compose file";
    }
    String resolved =
        java.nio.file.Path.of(e.dir().isEmpty() ? "." : e.dir())
            .resolve(ref)
            .normalize()
            .toString()
            .replace('\\', '/');
    return ctx.facts().files().exists(resolved)
        ? null
        : "refers to " + ref + ", which does not exist";
  }
}
