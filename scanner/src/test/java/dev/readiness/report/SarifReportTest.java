package dev.readiness.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.readiness.engine.Report;
import dev.readiness.signals.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every SARIF result has a place GitHub code scanning can show, and the log follows the schema. */
class SarifReportTest {
  /** Where .ci/run puts the OASIS schema (from npm); override with SARIF_SCHEMA_FILE. */
  private static final Path SCHEMA =
      Path.of(
          System.getenv()
              .getOrDefault(
                  "SARIF_SCHEMA_FILE",
                  System.getProperty("user.home")
                      + "/.cache/readiness/sarif/sarif-schema-2.1.0.json"));

  @TempDir Path dir;

  /** A workspace with one tested and one untested package, a leaked key, and little else. */
  private Report repository() {
    Map<String, String> files = new HashMap<>();
    files.put(
        "package.json", "{\"name\":\"shop\",\"private\":true,\"workspaces\":[\"packages/*\"]}\n");
    files.put(
        "README.md",
        "# Shop\n\nA storefront and its API.\n\n## Usage\n\n```sh\nnpm install\nnpm test\n```\n");
    files.put(
        "packages/api/package.json", "{\"name\":\"api\",\"scripts\":{\"test\":\"node --test\"}}\n");
    files.put("packages/api/index.js", "export function total(a, b) {\n  return a + b;\n}\n");
    files.put("packages/api/index.test.js", "import { total } from './index.js';\ntotal(1, 2);\n");
    files.put("packages/web/package.json", "{\"name\":\"web\"}\n");
    files.put("packages/web/app.js", "export function render() {\n  return '<p>';\n}\n");
    files.put(
        "packages/web/config.js",
        "export const settings = {\n  region: 'eu',\n  awsKey: 'AKIAZ7QW3RTY4UIO5PLM',\n};\n");
    return Fixtures.scan(Fixtures.write(dir.resolve("shop"), files));
  }

  private JsonNode sarif(Report r) throws Exception {
    return new ObjectMapper().readTree(SarifReport.render(r));
  }

  @Test
  void everyResultHasAPhysicalLocationWithARelativeFileAndALine() throws Exception {
    JsonNode results = sarif(repository()).at("/runs/0/results");
    assertThat(results.size()).isGreaterThan(10);
    for (JsonNode res : results) {
      JsonNode locs = res.get("locations");
      assertThat(locs).as(res.get("ruleId").asText()).isNotNull();
      assertThat(locs.size()).isBetween(1, SarifLocations.MAX);
      for (JsonNode l : locs) {
        String uri = l.at("/physicalLocation/artifactLocation/uri").asText();
        assertThat(uri).isNotBlank().doesNotStartWith("/").doesNotContain("://");
        assertThat(l.at("/physicalLocation/region/startLine").asInt()).isPositive();
      }
      assertThat(res.at("/partialFingerprints/readinessSignal~1v1").asText())
          .isEqualTo(res.get("ruleId").asText());
    }
  }

  @Test
  void aLeakPointsAtItsLineAnAppAtItsManifestTheRestAtTheReadme() throws Exception {
    Map<String, JsonNode> byRule = new HashMap<>();
    for (JsonNode res : sarif(repository()).at("/runs/0/results")) {
      byRule.put(res.get("ruleId").asText(), res);
    }
    JsonNode secret = byRule.get("no_committed_secrets").at("/locations/0/physicalLocation");
    assertThat(secret.at("/artifactLocation/uri").asText()).isEqualTo("packages/web/config.js");
    assertThat(secret.at("/region/startLine").asInt()).isEqualTo(3);
    JsonNode tests = byRule.get("unit_tests_exist");
    assertThat(tests.at("/locations/0/physicalLocation/artifactLocation/uri").asText())
        .isEqualTo("packages/web/package.json");
    assertThat(tests.at("/properties/anchor").asText()).isEqualTo("app");
    JsonNode agents = byRule.get("agents_md");
    assertThat(agents.at("/locations/0/physicalLocation/artifactLocation/uri").asText())
        .isEqualTo("README.md");
    assertThat(agents.at("/properties/anchor").asText()).isEqualTo("repository");
  }

  @Test
  void evidenceThatDoesNotFailOrIsNoLongerInTheTreeNamesNoLocation() {
    assertThat(
            SarifLocations.notHere(
                "tests/fixtures/k.pem:1 private-key ----…(31 chars) (test path)"))
        .isTrue();
    assertThat(
            SarifLocations.notHere(
                "local.sh:1 aws-access-key-id AKIA…(20 chars) (untracked file, not committed)"))
        .isTrue();
    assertThat(
            SarifLocations.notHere(
                ".env:1 dotenv-secret …(14 chars), added in 1a2b3c4d (2026-10-01), no longer in the tree"))
        .isTrue();
    assertThat(SarifLocations.notHere("config/app.yml:4 aws-access-key-id AKIA…(20 chars)"))
        .isFalse();
  }

  @Test
  void fileReferencesAreFilesNotDomainsVersionsOrCoordinates() {
    assertThat(SarifLocations.file("CI")).isNull();
    assertThat(SarifLocations.file("github.com")).isNull();
    assertThat(SarifLocations.file("1.22")).isNull();
    assertThat(SarifLocations.file("2/2")).isNull();
    assertThat(SarifLocations.file("io.fabric8:crd-generator-maven-plugin")).isNull();
    assertThat(SarifLocations.file("https://example.com/a.yml")).isNull();
    assertThat(SarifLocations.file("pom.xml:128"))
        .isEqualTo(new SarifLocations.Location("pom.xml", 128, "evidence"));
    assertThat(SarifLocations.file(".github/workflows/ci.yml:18").uri())
        .isEqualTo(".github/workflows/ci.yml");
    assertThat(SarifLocations.file("Makefile").uri()).isEqualTo("Makefile");
  }

  @Test
  void theLogIsValidAgainstTheSarif210Schema() throws Exception {
    assumeThat(Files.isRegularFile(SCHEMA))
        .as("the SARIF 2.1.0 schema at " + SCHEMA + " (.ci/run fetches it)")
        .isTrue();
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4);
    Schema schema = registry.getSchema(Files.readString(SCHEMA), InputFormat.JSON);
    String log = SarifReport.render(repository());
    assertThat(schema.validate(log, InputFormat.JSON)).isEmpty();
    String broken = log.replace("\"ruleId\"", "\"ruleId\":7,\"x\"");
    assertThat(schema.validate(broken, InputFormat.JSON))
        .as("the validator does reject")
        .isNotEmpty();
  }
}
