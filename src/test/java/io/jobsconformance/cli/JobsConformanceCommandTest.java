package io.jobsconformance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The command line without starting anything: usage errors exit with 2, help and version with 0. */
class JobsConformanceCommandTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine commandLine = JobsConformanceCommand.commandLine();
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    return commandLine.execute(args);
  }

  @Test
  void aMalformedPortIsAUsageErrorWithExitCode2() {
    assertThat(run("mock", "--port", "eighty")).isEqualTo(2);
    assertThat(err.toString()).contains("Invalid value for option '--port'", "Usage: jobs-conformance mock");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void anUnknownOptionIsAUsageError() {
    assertThat(run("mock", "--prot", "1")).isEqualTo(2);
    assertThat(err.toString()).contains("Unknown option", "'--prot'", "Usage: jobs-conformance mock");
  }

  @Test
  void valuesOutOfRangeAreUsageErrorsToo() {
    assertThat(run("mock", "--port", "70000")).isEqualTo(2);
    assertThat(err.toString()).contains("the port must be 0 (any free port) to 65535");
    assertThat(run("mock", "--journal-size", "-1")).isEqualTo(2);
    assertThat(run("mock", "--worker-step-ms", "0")).isEqualTo(2);
  }

  @Test
  void aRootDirectoryThatDoesNotExistIsAUsageError() {
    assertThat(run("mock", "--root-dir", "no/such/dir")).isEqualTo(2);
    assertThat(err.toString()).contains("'no/such/dir' is not a directory");
  }

  @Test
  void withoutASubcommandTheUserIsToldWhichExist() {
    assertThat(run()).isEqualTo(2);
    assertThat(err.toString()).contains("Missing subcommand", "mock");
  }

  @Test
  void helpListsTheMockCommandAndItsOptions() {
    assertThat(run("--help")).isZero();
    assertThat(out.toString()).contains("mock");

    assertThat(run("mock", "--help")).isZero();
    assertThat(out.toString())
        .contains("--port", "--bind", "--root-dir", "--download-export-results", "--worker-simulation",
            "--worker-step-ms", "--journal-size");
  }

  @Test
  void versionNamesTheProject() {
    assertThat(run("--version")).isZero();
    assertThat(out.toString()).startsWith("jobs-conformance ");
  }
}
