package io.jobsconformance.conformance.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.Result;
import io.cucumber.plugin.event.Status;
import io.cucumber.plugin.event.TestCase;
import io.cucumber.plugin.event.TestCaseFinished;
import io.cucumber.plugin.event.TestRunFinished;
import io.cucumber.plugin.event.TestRunStarted;
import io.jobsconformance.conformance.spec.SpecDepartures;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The Cucumber plugin that writes {@code conformance-summary.md} and {@code .json} into the directory given as its
 * argument ({@code io.jobsconformance.conformance.report.ConformanceSummaryPlugin:reports}). Cucumber's own reports
 * say which scenarios passed; only this one says which requirements hold, which status codes and status changes the
 * run exercised, and which spec departures it saw, because only it joins the scenario results with the golden list
 * and with what the step code recorded in {@link Observations}. It listens concurrently (scenarios run in
 * parallel) and writes once, when the run finishes.
 *
 * <p>The golden list comes from the system property {@value #REQUIREMENTS_PROPERTY} when set ({@code classpath:} or
 * a path), else {@code features/requirements.yaml} in the working directory, else the jar's copy.
 */
public final class ConformanceSummaryPlugin implements ConcurrentEventListener {
  public static final String MARKDOWN = "conformance-summary.md";
  public static final String JSON = "conformance-summary.json";
  public static final String REQUIREMENTS_PROPERTY = "jobs.conformance.requirements";

  private static final ObjectMapper JSON_WRITER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final Path reportsDir;
  private final Observations observations;
  private final Queue<ScenarioResult> results = new ConcurrentLinkedQueue<>();

  /** The constructor Cucumber calls with the plugin's argument. */
  public ConformanceSummaryPlugin(File reportsDir) {
    this(reportsDir.toPath(), Observations.global());
  }

  ConformanceSummaryPlugin(Path reportsDir, Observations observations) {
    this.reportsDir = reportsDir;
    this.observations = observations;
  }

  @Override
  public void setEventPublisher(EventPublisher publisher) {
    publisher.registerHandlerFor(TestRunStarted.class, e -> observations.reset());
    publisher.registerHandlerFor(TestCaseFinished.class, e -> results.add(resultOf(e.getTestCase(), e.getResult())));
    publisher.registerHandlerFor(TestRunFinished.class, e -> write());
  }

  /**
   * Writes both files. A golden list that does not load still gets a summary (without requirements, the problem
   * stated at the top) before the error is rethrown to fail the run: the coverage is worth having meanwhile.
   */
  private void write() {
    List<ScenarioResult> sorted = new ArrayList<>(results);
    sorted.sort(Comparator.comparing(ScenarioResult::location, ConformanceSummaryPlugin::byFileThenLine));
    RuntimeException listProblem = null;
    RequirementsFile requirements;
    try {
      requirements = RequirementsFile.locate(System.getProperty(REQUIREMENTS_PROPERTY));
    } catch (RuntimeException e) {
      listProblem = e;
      requirements = RequirementsFile.empty();
    }
    ConformanceSummary summary = ConformanceSummary.of(
        Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(),
        runInfo(),
        sorted,
        requirements,
        StatusCatalog.fromClasspath(),
        SpecDepartures.fromClasspath(),
        observations.snapshot());
    String markdown = SummaryMarkdown.render(summary);
    if (listProblem != null) {
      markdown = "> **The requirements list could not be read:** " + listProblem.getMessage() + "\n\n" + markdown;
    }
    try {
      Files.createDirectories(reportsDir);
      Files.writeString(reportsDir.resolve(MARKDOWN), markdown, StandardCharsets.UTF_8);
      JSON_WRITER.writeValue(reportsDir.resolve(JSON).toFile(), summary);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the conformance summary into " + reportsDir, e);
    }
    if (listProblem != null) {
      throw listProblem;
    }
  }

  static ScenarioResult resultOf(TestCase testCase, Result result) {
    ScenarioResult.Outcome outcome = result.getStatus() == Status.PASSED
        ? ScenarioResult.Outcome.PASSED
        : result.getStatus() == Status.SKIPPED ? ScenarioResult.Outcome.SKIPPED : ScenarioResult.Outcome.FAILED;
    String reason = null;
    if (result.getError() != null) {
      String message = result.getError().getMessage();
      reason = message == null || message.isBlank()
          ? result.getError().getClass().getSimpleName()
          : message.strip().lines().findFirst().orElse("");
    } else if (outcome == ScenarioResult.Outcome.FAILED) {
      reason = "step " + result.getStatus().name().toLowerCase(Locale.ROOT);
    }
    return new ScenarioResult(
        testCase.getName(), location(testCase.getUri(), testCase.getLocation().getLine()), outcome,
        testCase.getTags(), reason);
  }

  /**
   * {@code features/x.feature:12}: a classpath feature by its resource path, a file by its path relative to the
   * working directory when it lies below it; anything else by its URI.
   */
  static String location(URI uri, int line) {
    String path = uri.toString();
    if ("classpath".equals(uri.getScheme())) {
      path = uri.getSchemeSpecificPart().replaceFirst("^/+", "");
    } else if ("file".equals(uri.getScheme())) {
      Path file = Path.of(uri).toAbsolutePath().normalize();
      Path cwd = Path.of("").toAbsolutePath();
      path = file.startsWith(cwd) ? cwd.relativize(file).toString().replace('\\', '/') : file.toString();
    }
    return path + ":" + line;
  }

  private static int byFileThenLine(String a, String b) {
    int colonA = a.lastIndexOf(':');
    int colonB = b.lastIndexOf(':');
    int byFile = a.substring(0, colonA).compareTo(b.substring(0, colonB));
    return byFile != 0 ? byFile
        : Integer.compare(Integer.parseInt(a.substring(colonA + 1)), Integer.parseInt(b.substring(colonB + 1)));
  }

  private static ConformanceSummary.RunInfo runInfo() {
    String url = setting("MM_BASE_URL");
    return new ConformanceSummary.RunInfo(
        url == null || url.isBlank() ? "embedded mock" : url,
        Boolean.parseBoolean(setting("MM_STRICT_SPEC")),
        System.getProperty("cucumber.execution.order", "lexical"),
        System.getProperty("cucumber.execution.order.random.seed"),
        System.getProperty("cucumber.filter.tags"));
  }

  /** As the step code reads the target: a {@code -D} property first, then the environment. */
  private static String setting(String name) {
    String value = System.getProperty(name);
    return value != null ? value : System.getenv(name);
  }
}
