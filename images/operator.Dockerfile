# The operator image: a jlink'ed Java runtime on a distroless base (no shell, no package
# manager), running as the non-root UID the Helm chart's securityContext expects.
# Build from the repository root after `mvn -B -DskipTests package` (docs/operations.md):
#   docker build -f images/operator.Dockerfile -t REGISTRY/readiness-dev/readiness-operator:0.1.0 .
FROM eclipse-temurin:17-jdk AS runtime
RUN jlink --add-modules java.base,java.desktop,java.logging,java.management,java.naming,java.net.http,java.rmi,java.security.jgss,java.sql,java.xml,jdk.crypto.ec,jdk.httpserver,jdk.management,jdk.naming.dns,jdk.unsupported,jdk.zipfs \
      --strip-debug --no-man-pages --no-header-files --compress=2 --output /jre

FROM gcr.io/distroless/cc-debian12:nonroot
COPY --from=runtime /jre /opt/jre
COPY operator/target/lib/ /app/lib/
COPY operator/target/readiness-operator-0.1.0.jar /app/readiness-operator.jar
USER 65532:65532
EXPOSE 8080
ENTRYPOINT ["/opt/jre/bin/java", "-XX:MaxRAMPercentage=75", "-cp", "/app/readiness-operator.jar:/app/lib/*", "dev.readiness.operator.Main"]
