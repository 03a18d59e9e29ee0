package dev.readiness.facts;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Classifies an app as a front end, a service, a CLI or a library from its dependencies. */
final class AppKinds {
  private static final Pattern FRONTEND =
      Pattern.compile(
          "^(react-dom|vue|@angular/core|svelte|next|nuxt|solid-js|preact|astro|@remix-run/react)$");
  private static final Pattern SERVICE =
      Pattern.compile(
          "^(express|fastify|koa|@nestjs/core|@hapi/hapi|hono|django|flask|fastapi|starlette|aiohttp"
              + "|tornado|rails|sinatra|github.com/gin-gonic/gin|github.com/labstack/echo(/v4)?"
              + "|github.com/gofiber/fiber(/v2)?|github.com/go-chi/chi(/v5)?|github.com/gorilla/mux"
              + "|actix-web|axum|rocket|warp|laravel/framework|symfony/framework-bundle|slim/slim"
              + "|io.javalin:javalin|io.quarkus:.*|io.micronaut:.*|io.ktor:ktor-server.*"
              + "|org.springframework.boot:spring-boot-starter-(web|webflux|actuator)"
              + "|io.vertx:vertx-web|io.javaoperatorsdk:operator-framework|gunicorn|uvicorn)$");
  private static final Pattern CLI =
      Pattern.compile(
          "^(info.picocli:picocli|clap|github.com/spf13/cobra|github.com/urfave/cli(/v2)?|click"
              + "|typer|commander|yargs|@oclif/core|thor|symfony/console|system.commandline)$");

  private static final Pattern EXPOSE = Pattern.compile("(?im)^\\s*EXPOSE\\s");
  private static final Pattern SHELL_CMD =
      Pattern.compile(
          "(?im)^\\s*(CMD|ENTRYPOINT)\\s+(\\[\\s*\"(/bin/)?(ba)?sh\"\\s*\\]|(/bin/)?(ba)?sh)\\s*$");

  private AppKinds() {}

  /**
   * The kind of the app in {@code dir}. A Dockerfile that exposes a port makes a service; one that
   * does not only packages the app, so a command-line tool shipped as an image (pylint's) stays a
   * CLI, while an app with nothing else to tell is taken for a service.
   */
  static AppKind classify(
      String dir, List<Manifest> ms, FileIndex files, Map<String, String> contents) {
    if (anyDependency(ms, FRONTEND)) {
      return AppKind.FRONTEND;
    }
    String prefix = dir.isEmpty() ? "" : dir + "/";
    boolean dockerfile = files.exists(prefix + "Dockerfile");
    String image = dockerfile ? contents.get(prefix + "Dockerfile") : null;
    // an image whose command is a bare shell is one to develop in, whatever port it opens
    boolean exposes =
        image != null && EXPOSE.matcher(image).find() && !SHELL_CMD.matcher(image).find();
    boolean webSdk = ms.stream().anyMatch(m -> m.sections().contains("sdk:Microsoft.NET.Sdk.Web"));
    boolean published = publishesPackage(prefix, ms, files);
    if (anyDependency(ms, SERVICE) || webSdk || exposes) {
      return AppKind.SERVICE;
    }
    boolean npmBin = ms.stream().anyMatch(m -> m.sections().contains("bin"));
    boolean pyScripts =
        ms.stream().anyMatch(m -> m.ecosystem() == Ecosystem.PYTHON && !m.scripts().isEmpty());
    if (anyDependency(ms, CLI) || npmBin || pyScripts || files.exists(prefix + "src/main.rs")) {
      return AppKind.CLI;
    }
    if (files.exists(prefix + "main.go")) {
      return AppKind.SERVICE; // a Go program without a CLI framework: taken for a daemon
    }
    return dockerfile && !published ? AppKind.SERVICE : AppKind.LIBRARY;
  }

  /**
   * Whether the shipped app depends on a match: development dependencies (a test server, a CLI
   * helper for scripts) and the requirements files beside a Python package's own manifest, or a
   * gem's Gemfile, do not make a library a service.
   */
  private static boolean anyDependency(List<Manifest> ms, Pattern p) {
    boolean pythonPackage = ms.stream().anyMatch(AppKinds::declaresPythonPackage);
    for (Manifest m : ms) {
      if (pythonPackage && m.path().matches("(.*/)?requirements[^/]*\\.txt")
          || m.ecosystem() == Ecosystem.RUBY && m.sections().contains("gemspec")) {
        continue;
      }
      for (String dep : m.dependencies().keySet()) {
        if (m.runtimeDependency(dep) && p.matcher(dep).matches()) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * A gem, a Python package or a Rust library crate is published for others to use: a Dockerfile
   * beside it is a development or CI image, not a deployment.
   */
  private static boolean publishesPackage(String prefix, List<Manifest> ms, FileIndex files) {
    return ms.stream()
            .anyMatch(
                m ->
                    declaresPythonPackage(m)
                        || m.ecosystem() == Ecosystem.RUBY && m.sections().contains("gemspec"))
        || files.exists(prefix + "src/lib.rs");
  }

  private static boolean declaresPythonPackage(Manifest m) {
    return m.ecosystem() == Ecosystem.PYTHON
        && m.path().matches("(.*/)?(pyproject\\.toml|setup\\.py|setup\\.cfg)");
  }
}
