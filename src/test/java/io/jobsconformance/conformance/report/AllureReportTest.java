package io.jobsconformance.conformance.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Failures of the Allure step are reported, never hung on. (The happy path runs after every {@code mvn test}, in
 * RunVerdict, and in the {@code run} command.)
 */
class AllureReportTest {
  @TempDir Path dir;

  @Test
  void aBrokenAllureInstallationFailsWithItsOwnMessage() throws IOException {
    Path home = Files.createDirectories(dir.resolve("allure/lib"));
    assertThatThrownBy(() -> AllureReport.generate(dir.resolve("results"), dir.resolve("report"), home.getParent(),
        Duration.ofSeconds(60)))
        .hasMessageStartingWith("Allure could not generate " + dir.resolve("report") + " (exit 1)")
        .hasMessageContaining("io.qameta.allure.CommandLine");
    assertThat(dir.resolve("results")).isDirectory();
  }

  @Test
  void theZipIsFoundInTheLocalRepositoryWithoutAnyDownload() throws IOException {
    Path repository = dir.resolve("repo");
    Path zip = repository.resolve(AllureDistribution.ZIP);
    Files.createDirectories(zip.getParent());
    Files.writeString(zip, "not really a zip");
    assertThat(AllureDistribution.zip(repository)).isEqualTo(zip);
  }

  @Test
  void unpackingRefusesEntriesThatLeaveTheDirectory() throws IOException {
    Path zip = dir.resolve("evil.zip");
    try (var out = new ZipOutputStream(Files.newOutputStream(zip))) {
      out.putNextEntry(new ZipEntry("allure-" + AllureDistribution.VERSION + "/../../escape.txt"));
      out.write(1);
      out.closeEntry();
    }
    assertThatThrownBy(() -> AllureDistribution.unpack(zip, dir.resolve("cache/allure")))
        .hasMessageContaining("it leaves the directory");
    assertThat(dir.resolve("escape.txt")).doesNotExist();
  }
}
