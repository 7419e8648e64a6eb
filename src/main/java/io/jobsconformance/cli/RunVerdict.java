package io.jobsconformance.cli;

import io.jobsconformance.conformance.report.AllureDistribution;
import io.jobsconformance.conformance.report.AllureReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The last step of {@code mvn test}, run by exec-maven-plugin right after Surefire. Surefire is told to ignore test
 * failures ({@code testFailureIgnore}) so that a failing run still gets here and every report is written; this then
 * generates the Allure HTML report and fails the build itself when any Surefire report of this build counts a
 * failure or an error. It throws rather than exiting, because it runs inside Maven's JVM (exec:java) and an
 * exception is what makes exec-maven-plugin fail the build with its message.
 *
 * <p>Arguments: the reports directory, Surefire's report directory (emptied before Surefire runs, so it holds this
 * build's reports only) and the local Maven repository.
 */
public final class RunVerdict {
  private static final Pattern SUITE = Pattern.compile("<testsuite\\b[^>]*>");

  private RunVerdict() {}

  /** The build's verdict: the message is all there is to say, so no stack trace clutters Maven's output. */
  static final class TestsFailed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TestsFailed(String message) {
      super(message, null, false, false);
    }
  }

  public static void main(String[] args) {
    Path reports = Path.of(args[0]);
    Path surefire = Path.of(args[1]);
    Path repository = Path.of(args[2]);
    Path report = ArchivedAllure.generate(reports, AllureDistribution.home(repository));
    System.out.println("[INFO] Allure report: " + report.resolve("index.html"));
    int[] counts = count(surefire);
    if (counts[1] + counts[2] > 0) {
      String line = String.format("%d of %d tests failed (%d failures, %d errors): see %s and %s",
          counts[1] + counts[2], counts[0], counts[1], counts[2], surefire, reports);
      System.out.println("[ERROR] " + line);
      throw new TestsFailed(line);
    }
  }

  /** tests, failures, errors over the TEST-*.xml files. */
  static int[] count(Path surefire) {
    int[] counts = new int[3];
    if (!Files.isDirectory(surefire)) {
      return counts;
    }
    try (Stream<Path> files = Files.list(surefire)) {
      List<Path> xml = files
          .filter(p -> p.getFileName().toString().startsWith("TEST-") && p.toString().endsWith(".xml"))
          .toList();
      for (Path file : xml) {
        Matcher suite = SUITE.matcher(head(file));
        if (suite.find()) {
          counts[0] += attribute(suite.group(), "tests");
          counts[1] += attribute(suite.group(), "failures");
          counts[2] += attribute(suite.group(), "errors");
        }
      }
      return counts;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the Surefire reports in " + surefire, e);
    }
  }

  private static int attribute(String element, String name) {
    Matcher m = Pattern.compile("\\s" + name + "=\"(\\d+)\"").matcher(element);
    return m.find() ? Integer.parseInt(m.group(1)) : 0;
  }

  /** The start of a report, enough for its root element: reports of big suites run to megabytes. */
  private static String head(Path file) throws IOException {
    try (var in = Files.newInputStream(file)) {
      return new String(in.readNBytes(64 * 1024), StandardCharsets.UTF_8);
    }
  }
}
