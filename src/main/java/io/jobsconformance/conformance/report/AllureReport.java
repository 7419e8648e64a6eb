package io.jobsconformance.conformance.report;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Turns {@code <reports>/allure-results} into the browsable {@code <reports>/allure-report} with the Allure command
 * line of {@link AllureDistribution}, run as a child process on this same JVM's {@code java} (so nothing but a JDK
 * is needed). The child gets a deadline and is killed past it, so a stuck generator fails the build with a message
 * instead of hanging CI; its output is kept only to explain a failure.
 */
public final class AllureReport {
  public static final String RESULTS = "allure-results";
  public static final String REPORT = "allure-report";
  static final String MAIN_CLASS = "io.qameta.allure.CommandLine";
  private static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(3);

  private AllureReport() {}

  /** Generates {@code <reportsDir>/allure-report/index.html}; returns that directory. */
  public static Path generate(Path reportsDir) {
    return generate(reportsDir, AllureDistribution.home());
  }

  /** As {@link #generate(Path)}, with the Allure command line of {@code allureHome}. */
  public static Path generate(Path reportsDir, Path allureHome) {
    return generate(reportsDir, allureHome, List.of());
  }

  /** As {@link #generate(Path, Path)}, with these options for the generator's JVM (e.g. a class-data archive). */
  public static Path generate(Path reportsDir, Path allureHome, List<String> jvmOptions) {
    return generate(reportsDir.resolve(RESULTS), reportsDir.resolve(REPORT), allureHome, DEFAULT_TIMEOUT, jvmOptions);
  }

  static Path generate(Path results, Path report, Path allureHome, Duration timeout) {
    return generate(results, report, allureHome, timeout, List.of());
  }

  /**
   * The class path is the jars of {@code lib/} only, without the {@code lib/config} directory the Allure launcher
   * script adds: class-data sharing cannot archive a class path with a non-empty directory in it, and the one file
   * there that generating needs, the logging configuration, is named directly instead.
   */
  static Path generate(Path results, Path report, Path allureHome, Duration timeout, List<String> jvmOptions) {
    Path log = null;
    try {
      Files.createDirectories(results);
      log = Files.createTempFile("allure-generate", ".log");
      Path java = Path.of(System.getProperty("java.home"), "bin", "java");
      List<String> command = new ArrayList<>(List.of(java.toString()));
      command.addAll(jvmOptions);
      command.addAll(List.of(
          "-Dlogback.configurationFile=" + allureHome.resolve("lib/config/logback.xml").toAbsolutePath(),
          "-cp", allureHome.resolve("lib").toAbsolutePath() + File.separator + "*", MAIN_CLASS,
          "generate", results.toAbsolutePath().toString(), "-o", report.toAbsolutePath().toString(), "--clean"));
      ProcessBuilder builder = new ProcessBuilder(command)
          .redirectErrorStream(true)
          .redirectOutput(log.toFile());
      builder.environment().put("APP_HOME", allureHome.toAbsolutePath().toString());
      // Allure's GaPlugin otherwise posts a "report generated" event to Google Analytics on every generation and
      // waits up to 10 s for it: network traffic nobody asked for, and time lost on a machine without internet.
      builder.environment().put("ALLURE_NO_ANALYTICS", "1");
      Process process = builder.start();
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        throw new IllegalStateException(
            "Allure did not finish generating " + report + " within " + timeout.toSeconds() + " s; it was stopped");
      }
      if (process.exitValue() != 0 || !Files.isRegularFile(report.resolve("index.html"))) {
        throw new IllegalStateException("Allure could not generate " + report + " (exit " + process.exitValue()
            + "): " + tail(log));
      }
      return report;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot run Allure from " + allureHome + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while generating the Allure report", e);
    } finally {
      if (log != null) {
        try {
          Files.deleteIfExists(log);
        } catch (IOException ignored) {
          // a temp file left behind is harmless
        }
      }
    }
  }

  private static String tail(Path log) throws IOException {
    List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
    return String.join(" / ", lines.subList(Math.max(0, lines.size() - 5), lines.size()));
  }
}
