# The scanner image that scan Jobs run: the `readiness scan` command on a jlink'ed Java runtime
# and a distroless base (no shell, no git binary: cloning is JGit), as the non-root UID the
# operator's scan pods set. The operator passes the repository URL and options as arguments.
# Build from the repository root after `mvn -B -DskipTests package` (docs/operations.md):
#   docker build -f images/scanner.Dockerfile -t REGISTRY/readiness-dev/readiness-scanner:0.1.0 .
FROM eclipse-temurin:17-jdk AS runtime
RUN jlink --add-modules java.base,java.logging,java.management,java.naming,java.net.http,java.security.jgss,java.sql,java.xml,jdk.crypto.cryptoki,jdk.crypto.ec,jdk.naming.dns,jdk.unsupported,jdk.zipfs \
      --strip-debug --no-man-pages --no-header-files --compress=2 --output /jre

FROM gcr.io/distroless/cc-debian12:nonroot
COPY --from=runtime /jre /opt/jre
COPY scanner/target/readiness-scanner-0.1.0.jar /app/readiness-scanner.jar
USER 65532:65532
# HOME and /tmp are emptyDir mounts in scan pods; the root filesystem is read-only.
ENV HOME=/tmp
ENTRYPOINT ["/opt/jre/bin/java", "-XX:MaxRAMPercentage=75", "-jar", "/app/readiness-scanner.jar", "scan"]
