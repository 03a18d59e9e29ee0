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
    boolean exposes = image != null && EXPOSE.matcher(image).find();
    boolean webSdk = ms.stream().anyMatch(m -> m.sections().contains("sdk:Microsoft.NET.Sdk.Web"));
    if (anyDependency(ms, SERVICE) || webSdk || exposes) {
      return AppKind.SERVICE;
    }
    boolean npmBin = ms.stream().anyMatch(m -> m.sections().contains("bin"));
    boolean pyScripts =
        ms.stream().anyMatch(m -> m.ecosystem() == Ecosystem.PYTHON && !m.scripts().isEmpty());
    // a program's entry point: a Rust binary crate, a Go module whose root is package main
    boolean program = files.exists(prefix + "src/main.rs") || files.exists(prefix + "main.go");
    if (anyDependency(ms, CLI) || npmBin || pyScripts || program) {
      return AppKind.CLI;
    }
    return dockerfile ? AppKind.SERVICE : AppKind.LIBRARY;
  }

  private static boolean anyDependency(List<Manifest> ms, Pattern p) {
    for (Manifest m : ms) {
      for (String dep : m.dependencies().keySet()) {
        if (p.matcher(dep).matches()) {
          return true;
        }
      }
    }
    return false;
  }
}
