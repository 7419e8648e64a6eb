package io.jobsconformance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TunedJvmTest {
  private static final Optional<Path> JAR = Optional.of(Path.of("target/jobs-conformance.jar"));

  @Test
  void thePackagedMockRelaunchesInATunedJvm() {
    assertThat(TunedJvm.shouldRelaunch(new String[] {"mock", "--port", "0"}, List.of(), Map.of(), JAR)).isTrue();
  }

  @Test
  void theSuiteRunnerAndHelpStayInThisJvm() {
    assertThat(TunedJvm.shouldRelaunch(new String[] {"run"}, List.of(), Map.of(), JAR)).isFalse();
    assertThat(TunedJvm.shouldRelaunch(new String[] {"mock", "--help"}, List.of(), Map.of(), JAR)).isFalse();
    assertThat(TunedJvm.shouldRelaunch(new String[] {}, List.of(), Map.of(), JAR)).isFalse();
  }

  @Test
  void heapOrCollectorOptionsChosenByTheUserAreRespected() {
    for (String option : List.of("-Xmx1g", "-Xms64m", "-XX:+UseG1GC", "-XX:MaxRAMPercentage=10")) {
      assertThat(TunedJvm.shouldRelaunch(new String[] {"mock"}, List.of(option), Map.of(), JAR))
          .as(option)
          .isFalse();
    }
  }

  @Test
  void theRelaunchedJvmAndAnOptOutDoNotRelaunchAgain() {
    assertThat(TunedJvm.shouldRelaunch(new String[] {"mock"}, List.of(), Map.of(TunedJvm.CHILD_MARKER, "1"), JAR))
        .isFalse();
    assertThat(TunedJvm.shouldRelaunch(new String[] {"mock"}, List.of(), Map.of(TunedJvm.OPT_OUT, "as-is"), JAR))
        .isFalse();
  }

  @Test
  void runningFromClassesRatherThanTheJarDoesNotRelaunch() {
    assertThat(TunedJvm.shouldRelaunch(new String[] {"mock"}, List.of(), Map.of(), Optional.empty())).isFalse();
    assertThat(TunedJvm.ownJar()).as("tests run from target/classes").isEmpty();
  }
}
