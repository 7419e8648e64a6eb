package io.jobsconformance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The build's verdict: failures and errors over every Surefire report, read from each file's root element. */
class RunVerdictTest {
  @TempDir Path dir;

  private void report(String name, String counts) throws IOException {
    Files.writeString(dir.resolve("TEST-" + name + ".xml"), "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<testsuite xmlns:xsi=\"x\" name=\"" + name + "\" time=\"0.1\" " + counts + ">\n<testcase name=\"t\"/>\n"
        + "</testsuite>\n");
  }

  @Test
  void failuresAndErrorsOfEveryReportAreCounted() throws IOException {
    report("A", "tests=\"5\" errors=\"1\" skipped=\"0\" failures=\"2\"");
    report("B", "tests=\"3\" errors=\"0\" skipped=\"1\" failures=\"0\"");
    Files.writeString(dir.resolve("A-output.txt"), "<testsuite tests=\"99\" failures=\"99\">");
    assertThat(RunVerdict.count(dir)).containsExactly(8, 2, 1);
  }

  @Test
  void noReportsMeanNothingFailed() {
    assertThat(RunVerdict.count(dir.resolve("missing"))).containsExactly(0, 0, 0);
  }
}
