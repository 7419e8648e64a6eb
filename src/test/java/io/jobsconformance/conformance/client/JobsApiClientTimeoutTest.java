package io.jobsconformance.conformance.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The client's timeout: 30 s unless {@code jobs.client.timeoutMillis} names another positive number of ms. */
class JobsApiClientTimeoutTest {

  private static Properties with(String value) {
    Properties properties = new Properties();
    properties.setProperty(JobsApiClient.TIMEOUT_PROPERTY, value);
    return properties;
  }

  @Test
  void theDefaultIsThirtySeconds() {
    assertThat(JobsApiClient.timeoutFrom(new Properties())).isEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void thePropertySetsTheTimeoutInMilliseconds() {
    assertThat(JobsApiClient.timeoutFrom(with(" 2500 "))).isEqualTo(Duration.ofMillis(2500));
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "-1", "soon", "", "2147483648"})
  void aValueThatIsNotAPositiveNumberOfMillisecondsIsRefusedByName(String value) {
    assertThatThrownBy(() -> JobsApiClient.timeoutFrom(with(value)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("jobs.client.timeoutMillis must be a positive number of milliseconds");
  }

  @Test
  void aClientKeepsTheTimeoutItWasGiven() {
    JobsApiClient client =
        new JobsApiClient("http://127.0.0.1:1", Map.of(), SpecCheck.ignoring(), Duration.ofMillis(750));

    assertThat(client.timeout()).isEqualTo(Duration.ofMillis(750));
    assertThatThrownBy(() -> new JobsApiClient("http://h", Map.of(), SpecCheck.ignoring(), Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
