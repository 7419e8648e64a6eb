package io.jobsconformance.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MockSettingsTest {

  @Test
  void withoutPropertiesDownloadsAreOffAndNoWorkersRun() {
    MockSettings settings = MockSettings.fromProperties(new Properties());

    assertThat(settings.settings().downloadExportResults()).isFalse();
    assertThat(settings.workerStep()).isEmpty();
  }

  @Test
  void theSystemPropertiesSwitchDownloadsAndTheWorkerSimulationOn() {
    Properties properties = new Properties();
    properties.setProperty("jobs.mock.downloadExportResults", "true");
    properties.setProperty("jobs.mock.workerSimulation", "true");
    properties.setProperty("jobs.mock.workerStepMs", "25");

    MockSettings settings = MockSettings.fromProperties(properties);

    assertThat(settings.settings().downloadExportResults()).isTrue();
    assertThat(settings.workerStep()).contains(Duration.ofMillis(25));
  }

  @Test
  void aValueThatIsNotTrueOrFalseIsAnErrorNotSilentlyFalse() {
    Properties properties = new Properties();
    properties.setProperty("jobs.mock.workerSimulation", "yes");

    assertThatThrownBy(() -> MockSettings.fromProperties(properties))
        .hasMessage("jobs.mock.workerSimulation must be true or false, got 'yes'");
  }

  @Test
  void aWorkerStepThatIsNotANumberIsAnError() {
    Properties properties = new Properties();
    properties.setProperty("jobs.mock.workerStepMs", "fast");

    assertThatThrownBy(() -> MockSettings.fromProperties(properties)).hasMessageContaining("jobs.mock.workerStepMs");
  }
}
