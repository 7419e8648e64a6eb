package io.jobsconformance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * {@code run} refuses bad options with exit code 2 and an unusable target with exit code 3, before any scenario
 * runs. (A whole run is proved by .ci/run and the README's command; the same suite runs under mvn test.) The
 * command sets JVM-wide properties for the step code, so each test puts them back.
 */
class RunCommandTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();
  private Properties saved;

  @BeforeEach
  void saveProperties() {
    saved = (Properties) System.getProperties().clone();
  }

  @AfterEach
  void restoreProperties() {
    System.setProperties(saved);
  }

  private int run(String... args) {
    CommandLine commandLine = JobsConformanceCommand.commandLine();
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    String[] all = new String[args.length + 1];
    all[0] = "run";
    System.arraycopy(args, 0, all, 1, args.length);
    return commandLine.execute(all);
  }

  @Test
  void aBadOrderOrThreadCountIsAUsageError() {
    assertThat(run("--order", "shuffled")).isEqualTo(2);
    assertThat(err.toString()).contains("--order must be file, reverse, random or random:SEED, not shuffled");
    assertThat(run("--order", "random:x")).isEqualTo(2);
    assertThat(run("--threads", "0")).isEqualTo(2);
    assertThat(err.toString()).contains("--threads must be at least 1");
  }

  @Test
  void aTargetWithoutAnAdminTokenIsAUsageError() {
    assertThat(run("--target", "http://127.0.0.1:1")).isEqualTo(2);
    assertThat(err.toString()).contains("MM_ADMIN_TOKEN");
  }

  @Test
  void anUnreachableTargetStopsTheRunWithOneSentenceAndExitCode3() throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    assertThat(run("--target", "http://127.0.0.1:" + port, "--admin-token", "t")).isEqualTo(3);
    assertThat(err.toString()).startsWith("Cannot reach http://127.0.0.1:" + port);
    assertThat(err.toString().strip().lines()).hasSize(1);
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void theOrderOptionsBecomeCucumbersParameters() {
    CommandLine commandLine = new CommandLine(new RunCommand());
    assertThat(SuiteOptions.order(commandLine, "file")).containsEntry("cucumber.execution.order", "lexical");
    assertThat(SuiteOptions.order(commandLine, "random:42"))
        .containsEntry("cucumber.execution.order", "random")
        .containsEntry("cucumber.execution.order.random.seed", "42");
    assertThat(SuiteOptions.order(commandLine, "random")).containsKey("cucumber.execution.order.random.seed");
    assertThat(SuiteOptions.parallelism(commandLine, 3))
        .containsEntry("cucumber.execution.parallel.config.fixed.parallelism", "3");
  }
}
