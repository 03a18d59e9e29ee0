package dev.readiness.operator.chart;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.operator.OperatorConfig;
import dev.readiness.operator.scan.ScanJobs;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The Dockerfiles agree with the Helm chart's defaults and with the scan Jobs the operator makes.
 */
class ImagesTest {
  private static final Path IMAGES = Path.of("..", "images");

  private static String dockerfile(String name) throws Exception {
    return Files.readString(IMAGES.resolve(name + ".Dockerfile"));
  }

  @Test
  void bothImagesRunAsTheNonRootUidThePodsSet() throws Exception {
    long chartUid =
        RenderedChart.render("default")
            .deployment()
            .getSpec()
            .getTemplate()
            .getSpec()
            .getSecurityContext()
            .getRunAsUser();
    for (String image : new String[] {"operator", "scanner"}) {
      String text = dockerfile(image);
      assertThat(text).as(image).contains("USER " + ScanJobs.UID + ":" + ScanJobs.UID);
      assertThat(text).as("%s: no shell at run time", image).contains("FROM gcr.io/distroless/");
      assertThat(text).as(image).contains("jlink ");
    }
    assertThat(chartUid).isEqualTo(ScanJobs.UID);
  }

  @Test
  void scannerEntrypointIsTheScanCommandAndJobsPassOnlyItsArguments() throws Exception {
    assertThat(dockerfile("scanner"))
        .containsPattern("ENTRYPOINT \\[.*\"-jar\", \"/app/readiness-scanner.jar\", \"scan\"\\]");
    var ra = new dev.readiness.operator.api.RepositoryAssessment();
    ra.setMetadata(
        new io.fabric8.kubernetes.api.model.ObjectMetaBuilder()
            .withName("svc")
            .withNamespace("team-a")
            .build());
    ra.setSpec(
        new dev.readiness.operator.api.AssessmentSpec(
            new dev.readiness.operator.api.AssessmentSpec.RepositorySpec(
                "https://git.example.com/svc.git", null, null),
            null,
            null,
            null,
            null));
    var args =
        ScanJobs.build(
                ra,
                "a".repeat(40),
                "sha256:x",
                "{}",
                java.util.List.of(),
                OperatorConfig.defaults())
            .getSpec()
            .getTemplate()
            .getSpec()
            .getContainers()
            .get(0)
            .getArgs();
    assertThat(args.get(0)).isEqualTo("https://git.example.com/svc.git");
  }

  @Test
  void imageNamesMatchTheChartDefaults() throws Exception {
    RenderedChart chart = RenderedChart.render("default");
    String operatorImage =
        chart.deployment().getSpec().getTemplate().getSpec().getContainers().get(0).getImage();
    assertThat(dockerfile("operator")).contains("-t REGISTRY/readiness-dev/readiness-operator:");
    assertThat(operatorImage).endsWith("/readiness-dev/readiness-operator:0.1.0");
    assertThat(chart.operatorEnv().get("READINESS_SCANNER_IMAGE"))
        .endsWith("/readiness-dev/readiness-scanner:0.1.0");
    assertThat(dockerfile("scanner")).contains("-t REGISTRY/readiness-dev/readiness-scanner:");
    assertThat(Path.of("target", "lib"))
        .as("operator runtime dependencies copied for the image (mvn package)")
        .isDirectory();
    assertThat(dockerfile("operator")).contains("COPY operator/target/lib/ /app/lib/");
  }
}
