package io.jobsconformance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ArchivedRunTest {
  private static final Optional<Path> JAR = Optional.of(Path.of("target/jobs-conformance.jar"));

  @Test
  void thePackagedRunRelaunchesWithTheUsersJvmOptions() {
    assertThat(ArchivedRun.shouldRelaunch(new String[] {"run", "--tags", "@must"}, List.of(), Map.of(), JAR)).isTrue();
    assertThat(ArchivedRun.shouldRelaunch(
        new String[] {"run"}, List.of("-Xmx1g", "-Djobs.client.timeoutMillis=5000"), Map.of(), JAR)).isTrue();
  }

  @Test
  void theMockHelpAndRunsFromClassesStayInThisJvm() {
    assertThat(ArchivedRun.shouldRelaunch(new String[] {"mock"}, List.of(), Map.of(), JAR)).isFalse();
    assertThat(ArchivedRun.shouldRelaunch(new String[] {"run", "--help"}, List.of(), Map.of(), JAR)).isFalse();
    assertThat(ArchivedRun.shouldRelaunch(new String[] {}, List.of(), Map.of(), JAR)).isFalse();
    assertThat(ArchivedRun.shouldRelaunch(new String[] {"run"}, List.of(), Map.of(), Optional.empty())).isFalse();
  }

  @Test
  void anAgentADebuggerOrTheUsersOwnClassSharingKeepTheRunInThisJvm() {
    for (String option : List.of("-agentlib:jdwp=transport=dt_socket,server=y", "-javaagent:x.jar", "-Xshare:off",
        "-XX:SharedArchiveFile=my.jsa")) {
      assertThat(ArchivedRun.shouldRelaunch(new String[] {"run"}, List.of(option), Map.of(), JAR)).as(option).isFalse();
    }
  }

  @Test
  void theRelaunchedJvmAndTheOptOutDoNotRelaunch() {
    assertThat(ArchivedRun.shouldRelaunch(new String[] {"run"}, List.of(), Map.of(TunedJvm.CHILD_MARKER, "1"), JAR))
        .isFalse();
    assertThat(ArchivedRun.shouldRelaunch(new String[] {"run"}, List.of(), Map.of(ArchivedRun.OPT_OUT, "as-is"), JAR))
        .isFalse();
  }
}
