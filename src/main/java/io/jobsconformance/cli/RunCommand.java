package io.jobsconformance.cli;

import io.jobsconformance.conformance.report.AllureReport;
import io.jobsconformance.conformance.report.ConformanceSummaryPlugin;
import io.jobsconformance.conformance.report.SuiteSettings;
import io.jobsconformance.conformance.server.Preflight;
import io.jobsconformance.conformance.server.TargetConfig;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code run}: the conformance suite without Maven or a checkout. It runs the features packaged in the jar through
 * the JUnit Platform Launcher and the Cucumber engine, with the glue and report plugins {@code mvn test} uses
 * ({@link SuiteSettings}) writing under {@code --reports}, against the embedded mock or, with {@code --target}, a
 * real server; the target settings reach the step code as the same {@code MM_*} system properties a user may set
 * for {@code mvn test}. A real target is checked once first ({@link Preflight}), so an unreachable server or a
 * rejected token costs one sentence and exit code 3 instead of a run of failures. Exit code 0 only when no selected
 * scenario failed; 1 on failures; 2 for a usage error; 3 when the target cannot serve the suite.
 */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Run the conformance suite against the embedded mock, or a server with --target.")
final class RunCommand implements Callable<Integer> {
  static final int TARGET_UNAVAILABLE = 3;

  @CommandLine.Spec private CommandLine.Model.CommandSpec spec;

  @Option(names = "--target", paramLabel = "URL", description = "Base URL of a Mattermost server (MM_BASE_URL). "
      + "Default: the embedded mock.")
  private String target;

  @Option(names = "--admin-token", paramLabel = "T", description = "A system admin's token (MM_ADMIN_TOKEN).")
  private String adminToken;

  @Option(names = "--manager-token", paramLabel = "T", description = "A system manager's token (MM_MANAGER_TOKEN).")
  private String managerToken;

  @Option(names = "--readonly-token", paramLabel = "T",
      description = "A read-only system admin's token (MM_READONLY_TOKEN).")
  private String readonlyToken;

  @Option(names = "--user-token", paramLabel = "T",
      description = "A token of a user without job permissions (MM_USER_TOKEN).")
  private String userToken;

  @Option(names = "--job-type", paramLabel = "TYPE",
      description = "The job type the suite creates on a real server (MM_JOB_TYPE; default "
          + TargetConfig.DEFAULT_JOB_TYPE + ").")
  private String jobType;

  @Option(names = "--tags", paramLabel = "EXPR",
      description = "Cucumber tag expression selecting scenarios, e.g. '@must and not @mock-only'.")
  private String tags;

  @Option(names = "--requirement", paramLabel = "ID", split = ",",
      description = "Only the scenarios of these requirements, e.g. JOBS-GET-001 (repeat or separate with commas).")
  private List<String> requirements = new ArrayList<>();

  @Option(names = "--feature", paramLabel = "FILE[:LINE]",
      description = "Only this feature file: a path on disk, or a packaged one by name (get_job.feature); "
          + ":LINE picks the scenario there. Repeatable.")
  private List<String> features = new ArrayList<>();

  @Option(names = "--strict-spec", description = "Fail on every spec departure, listed or not (MM_STRICT_SPEC).")
  private boolean strictSpec;

  @Option(names = "--reports", paramLabel = "DIR", description = "Where to write the reports (default: reports).")
  private Path reports = Path.of("reports");

  @Option(names = "--threads", paramLabel = "N",
      description = "Scenarios run at once (default: two per processor).")
  private Integer threads;

  @Option(names = "--order", paramLabel = "file|reverse|random[:SEED]",
      description = "Scenario order (default: file). random without a seed picks one and prints it.")
  private String order = "file";

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Map<String, String> parameters = new LinkedHashMap<>(SuiteSettings.forReports(reports));
    parameters.putAll(SuiteOptions.parallelism(spec.commandLine(), threads));
    parameters.putAll(SuiteOptions.order(spec.commandLine(), order));
    SuiteSelection selection = SuiteSelection.of(spec.commandLine(), tags, requirements, features);
    if (selection.tags() != null) {
      parameters.put("cucumber.filter.tags", selection.tags());
    }
    publishTargetSettings();
    TargetConfig config;
    try {
      config = TargetConfig.fromSystem();
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    if (!config.embedded()) {
      try {
        Preflight.check(config);
      } catch (RuntimeException e) {
        err.println(e.getMessage());
        err.flush();
        return TARGET_UNAVAILABLE;
      }
    }
    // The summary plugin and allure-cucumber7-jvm read these as JVM-wide settings.
    parameters.forEach((key, value) -> {
      if (key.startsWith("cucumber.execution.order") || key.equals("cucumber.filter.tags")) {
        System.setProperty(key, value);
      }
    });
    System.setProperty(ConformanceSummaryPlugin.REQUIREMENTS_PROPERTY, "classpath:features/requirements.yaml");
    System.setProperty("allure.results.directory", reports.resolve(AllureReport.RESULTS).toString());
    if (parameters.containsKey("cucumber.execution.order.random.seed")) {
      out.println("Random order, seed " + parameters.get("cucumber.execution.order.random.seed")
          + " (repeat with --order random:" + parameters.get("cucumber.execution.order.random.seed") + ")");
    }
    out.println("Running the Jobs API conformance suite against "
        + (config.embedded() ? "the embedded mock" : config.baseUrl()) + "; reports in " + reports);
    out.flush();
    JarFileSystemWarmUp.run();
    SuitePrefetch.start(config);
    Optional<SuiteRun.Outcome> launched = SuiteRun.launch(reports, parameters, selection);
    if (launched.isEmpty()) {
      err.println("No scenario matches the selection" + (selection.tags() == null ? "" : " " + selection.tags())
          + "; nothing was run");
      err.flush();
      return CommandLine.ExitCode.USAGE;
    }
    SuiteRun.Outcome outcome = launched.get();
    outcome.failures().forEach(f -> out.println("FAILED " + f));
    boolean reportsOk = allureReport(out, err);
    out.println(outcome.passed() + " passed, " + outcome.failed() + " failed, " + outcome.skipped() + " skipped");
    out.flush();
    return outcome.failed() == 0 && outcome.brokenRun() == null && reportsOk ? 0 : 1;
  }

  /** The options given become the {@code MM_*} system properties the step code reads; absent ones are left as set. */
  private void publishTargetSettings() {
    Map<String, String> settings = new LinkedHashMap<>();
    settings.put("MM_BASE_URL", target);
    settings.put("MM_ADMIN_TOKEN", adminToken);
    settings.put("MM_MANAGER_TOKEN", managerToken);
    settings.put("MM_READONLY_TOKEN", readonlyToken);
    settings.put("MM_USER_TOKEN", userToken);
    settings.put("MM_JOB_TYPE", jobType);
    settings.put("MM_STRICT_SPEC", strictSpec ? "true" : null);
    settings.forEach((name, value) -> {
      if (value != null) {
        System.setProperty(name, value);
      }
    });
  }

  private boolean allureReport(PrintWriter out, PrintWriter err) {
    try {
      out.println("Allure report: " + ArchivedAllure.generate(reports).resolve("index.html"));
      out.println("Conformance summary: " + reports.resolve(ConformanceSummaryPlugin.MARKDOWN));
      return true;
    } catch (RuntimeException e) {
      err.println("The Allure HTML report was not generated: " + e.getMessage());
      err.flush();
      return false;
    }
  }
}
