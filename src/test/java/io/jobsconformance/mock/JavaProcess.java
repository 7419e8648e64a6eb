package io.jobsconformance.mock;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A separate JVM for the tests that must see what a user sees: the command line's output and exit codes, a SIGTERM,
 * a stock WireMock jar. Output goes to files, so a chatty process never blocks on a full pipe.
 */
final class JavaProcess implements AutoCloseable {
  private final Process process;
  private final Path out;
  private final Path err;

  private JavaProcess(Process process, Path out, Path err) {
    this.process = process;
    this.out = out;
    this.err = err;
  }

  static JavaProcess start(Path workDir, String classpath, List<String> arguments) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(classpath);
    command.addAll(arguments);
    Path out = Files.createTempFile("jobs-mock", ".out");
    Path err = Files.createTempFile("jobs-mock", ".err");
    Process process =
        new ProcessBuilder(command).directory(workDir.toFile()).redirectOutput(out.toFile())
            .redirectError(err.toFile()).start();
    return new JavaProcess(process, out, err);
  }

  /** This JVM's own classpath, with relative entries made absolute so another working directory can use it. */
  static String testClasspath() {
    List<String> entries = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      entries.add(Path.of(entry).toAbsolutePath().toString());
    }
    return String.join(File.pathSeparator, entries);
  }

  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  /** Waits for the first line of standard output. */
  String firstLine(Duration timeout) throws Exception {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      String text = stdout();
      if (text.contains("\n")) {
        return text.substring(0, text.indexOf('\n'));
      }
      assertThat(process.isAlive()).as("the process ended early; stderr: " + stderr()).isTrue();
      Thread.sleep(25);
    }
    throw new AssertionError("no line on stdout within " + timeout + "; stderr: " + stderr());
  }

  int waitFor(Duration timeout) throws InterruptedException {
    assertThat(process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS))
        .as("the process should have ended within %s", timeout)
        .isTrue();
    return process.exitValue();
  }

  /** SIGTERM on Linux and macOS, as {@code kill PID} sends. */
  void terminate() {
    process.destroy();
  }

  boolean isAlive() {
    return process.isAlive();
  }

  String stdout() throws IOException {
    return Files.readString(out, StandardCharsets.UTF_8);
  }

  String stderr() throws IOException {
    return Files.readString(err, StandardCharsets.UTF_8);
  }

  @Override
  public void close() throws IOException {
    process.destroyForcibly();
    Files.deleteIfExists(out);
    Files.deleteIfExists(err);
  }
}
