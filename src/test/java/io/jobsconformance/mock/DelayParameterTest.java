package io.jobsconformance.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.http.ImmutableRequest;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import io.jobsconformance.mock.namespace.RefusedRequest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class DelayParameterTest {
  private static final Parameters FROM_HEADER = Parameters.one("delayFromHeader", "X-Mock-Delay-Ms");

  private static Request withDelay(String value) {
    ImmutableRequest.Builder builder =
        ImmutableRequest.create().withAbsoluteUrl("http://h/api/v4/jobs").withMethod(RequestMethod.GET);
    return value == null ? builder.build() : builder.withHeader("X-Mock-Delay-Ms", value).build();
  }

  @Test
  void aMappingWithoutTheParameterNeverDelays() {
    assertThat(DelayParameter.of(Parameters.empty(), withDelay("500"))).isNull();
  }

  @Test
  void aRequestWithoutTheHeaderIsNotDelayed() {
    assertThat(DelayParameter.of(FROM_HEADER, withDelay(null))).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "1", "250", "60000", " 42 "})
  void aWholeNumberOfMillisecondsFromZeroToSixtyThousandIsTheDelay(String value) {
    assertThat(DelayParameter.of(FROM_HEADER, withDelay(value))).isEqualTo(Integer.parseInt(value.trim()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"-1", "60001", "1.5", "abc", "", "99999999999"})
  void anyOtherValueIsRefusedWithA400ThatSaysWhatIsAccepted(String value) {
    assertThatThrownBy(() -> DelayParameter.of(FROM_HEADER, withDelay(value)))
        .isInstanceOfSatisfying(
            RefusedRequest.class,
            e -> {
              assertThat(e.status()).isEqualTo(400);
              assertThat(e.errorId()).isEqualTo("mock.delay.invalid");
              assertThat(e.getMessage()).contains("X-Mock-Delay-Ms", "from 0 to 60000");
            });
  }
}
