package dev.readiness.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.cli.ScanCommand;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/** README and `readiness scan --help` describe the same command: options, variables, exit codes. */
class CliDocsTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final Pattern VARIABLE = Pattern.compile("\\b(READINESS_[A-Z_]+|NO_COLOR)\\b");
  private final CommandLine scan = new CommandLine(new ScanCommand());
  private final String help = scan.getUsageMessage(CommandLine.Help.Ansi.OFF);

  private static String readme() throws IOException {
    return Files.readString(ROOT.resolve("README.md"));
  }

  /** The code block under "## The CLI": the synopsis. */
  private static String synopsis() throws IOException {
    String r = readme();
    int section = r.indexOf("## The CLI");
    int start = r.indexOf("```", section);
    return r.substring(start, r.indexOf("```", start + 3));
  }

  @Test
  void everyOptionOfScanIsInTheReadmeSynopsisAndInHelp() throws IOException {
    String synopsis = synopsis();
    for (OptionSpec o : scan.getCommandSpec().options()) {
      if (o.usageHelp() || o.versionHelp()) {
        continue;
      }
      assertThat(synopsis).as("README synopsis names " + o.longestName()).contains(o.longestName());
      assertThat(help).contains(o.longestName());
    }
  }

  @Test
  void everyVariableTheScannerReadsIsInHelpAndInTheReadme() throws IOException {
    Set<String> read = new TreeSet<>();
    try (Stream<Path> files = Files.walk(ROOT.resolve("scanner/src/main/java"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        Matcher m =
            Pattern.compile("\"(READINESS_[A-Z_]+|NO_COLOR)\"").matcher(Files.readString(f));
        while (m.find()) {
          read.add(m.group(1));
        }
      }
    }
    assertThat(read).contains("READINESS_GIT_TOKEN", "READINESS_CA_BUNDLE_FILE");
    String readme = readme();
    for (String v : read) {
      assertThat(help).as("scan --help names " + v).contains(v);
      assertThat(readme).as("README names " + v).contains(v);
    }
    Matcher inHelp = VARIABLE.matcher(help);
    while (inHelp.find()) {
      String v = inHelp.group(1);
      assertThat(read).as(v + " in --help is read by the scanner").contains(v);
    }
  }

  @Test
  void theReadmeGivesEveryExitCodeThatHelpLists() throws IOException {
    String readme = readme();
    int exit = readme.indexOf("Exit codes:");
    String paragraph = readme.substring(exit, readme.indexOf("\n\n", exit));
    for (String key : scan.getCommandSpec().usageMessage().exitCodeList().keySet()) {
      String code = key.strip();
      assertThat(paragraph).as("exit code " + code).contains("`" + code + "`");
    }
  }
}
