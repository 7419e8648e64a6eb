package io.jobsconformance.cli;

import io.jobsconformance.conformance.report.AllureReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.EngineFilter;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * One launch of the selected features (by default the packaged {@code features/}) through the JUnit Platform
 * Launcher, restricted to the Cucumber engine, counting scenarios as they finish. The plan is discovered first and
 * pruned by the selection's tag filter ({@link SuiteSelection}), so only the selected scenarios are run and counted. An aborted scenario (the step code skips
 * what a target cannot do) counts as skipped; a failed container (e.g. a hook before all scenarios) breaks the run.
 */
final class SuiteRun {
  /** What {@code run} reports: the counts, one line per failed scenario, and why the run broke, if it did. */
  record Outcome(int passed, int failed, int skipped, List<String> failures, String brokenRun) {}

  private SuiteRun() {}

  /** The scenarios {@code selection} leaves, or empty when it selects none (then nothing runs and no report is written). */
  static Optional<Outcome> launch(Path reports, Map<String, String> parameters, SuiteSelection selection) {
    LauncherDiscoveryRequestBuilder builder = LauncherDiscoveryRequestBuilder.request()
        .selectors(selection.features())
        .filters(EngineFilter.includeEngines("cucumber"))
        .configurationParameters(parameters);
    selection.filter().ifPresent(builder::filters);
    Launcher launcher = LauncherFactory.create();
    TestPlan plan = launcher.discover(builder.build());
    if (plan.countTestIdentifiers(TestIdentifier::isTest) == 0) {
      return Optional.empty();
    }
    clear(reports.resolve(AllureReport.RESULTS));
    Counter counter = new Counter();
    launcher.execute(plan, counter);
    return Optional.of(new Outcome(counter.passed.get(), counter.failed.get(), counter.skipped.get(),
        List.copyOf(counter.failures), counter.broken.get()));
  }

  /** Allure results of an earlier run would show up in this run's report. */
  private static void clear(Path dir) {
    if (!Files.isDirectory(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot clear " + dir, e);
    }
  }

  private static final class Counter implements TestExecutionListener {
    final AtomicInteger passed = new AtomicInteger();
    final AtomicInteger failed = new AtomicInteger();
    final AtomicInteger skipped = new AtomicInteger();
    final List<String> failures = Collections.synchronizedList(new ArrayList<>());
    final AtomicReference<String> broken = new AtomicReference<>();

    @Override
    public void executionSkipped(TestIdentifier id, String reason) {
      if (id.isTest()) {
        skipped.incrementAndGet();
      }
    }

    @Override
    public void executionFinished(TestIdentifier id, TestExecutionResult result) {
      if (!id.isTest()) {
        if (result.getStatus() == TestExecutionResult.Status.FAILED) {
          String why = result.getThrowable().map(Throwable::getMessage).orElse("unknown error");
          broken.compareAndSet(null, id.getDisplayName() + ": " + why);
          failures.add(id.getDisplayName() + ": " + firstLine(why));
        }
        return;
      }
      switch (result.getStatus()) {
        case SUCCESSFUL -> passed.incrementAndGet();
        case ABORTED -> skipped.incrementAndGet();
        case FAILED -> {
          failed.incrementAndGet();
          failures.add(id.getDisplayName() + ": "
              + firstLine(result.getThrowable().map(Throwable::getMessage).orElse("failed")));
        }
      }
    }

    private static String firstLine(String message) {
      return message == null ? "" : message.strip().lines().findFirst().orElse("");
    }
  }
}
