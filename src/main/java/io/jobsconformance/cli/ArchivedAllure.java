package io.jobsconformance.cli;

import io.jobsconformance.conformance.report.AllureDistribution;
import io.jobsconformance.conformance.report.AllureReport;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Generates the Allure HTML report in a generator JVM that maps a class-data archive of its own ({@link ClassArchive}
 * "allure", keyed on the Allure command line's jar): the generator is a second cold JVM after every run, and its
 * class loading was most of its time for a small run. The first generation records the archive. The generator is
 * also held to the first JIT tier ({@code -XX:TieredStopAtLevel=1}): it is a short batch job, and the optimising
 * compiler's work never paid for itself in it (docs/performance.md has the figures).
 */
final class ArchivedAllure {
  static final List<String> OPTIONS = List.of("-XX:TieredStopAtLevel=1");

  private ArchivedAllure() {}

  static Path generate(Path reports) {
    return generate(reports, AllureDistribution.home());
  }

  static Path generate(Path reports, Path allureHome) {
    Optional<ClassArchive> archive = ClassArchive.forJar(
        allureHome.resolve("lib").resolve("allure-commandline-" + AllureDistribution.VERSION + ".jar"), "allure");
    try {
      List<String> options = new ArrayList<>(OPTIONS);
      archive.ifPresent(a -> options.addAll(a.jvmOptions()));
      Path report = AllureReport.generate(reports, allureHome, options);
      archive.ifPresent(ClassArchive::adoptRecorded);
      return report;
    } catch (RuntimeException e) {
      archive.ifPresent(ClassArchive::discardRecorded);
      throw e;
    }
  }
}
