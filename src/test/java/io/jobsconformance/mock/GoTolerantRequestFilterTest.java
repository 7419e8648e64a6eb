package io.jobsconformance.mock;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What the filter shows WireMock: queries without the pairs Go drops, and no Content-Type WireMock would choke on. */
class GoTolerantRequestFilterTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "page=%zz|&&&&&&&&",
        "a=1&page=%zz&b=2|a=1&&&&&&&&&&b=2",
        "%zz=1&per_page=5|&&&&&&per_page=5",
        "a=%|&&&",
        "a=%4|&&&&",
        "a=%41&b=%e9|a=%41&b=%e9",
        "a=%41%|&&&&&&",
        "x=%C3%A9&y=%G0|x=%C3%A9&&&&&&"
      })
  void aPairWithAMalformedEscapeBecomesAsManyAmpersands(String query, String tolerated) {
    assertThat(GoTolerantRequestFilter.withoutMalformedPairs(query)).isEqualTo(tolerated).hasSameSizeAs(query);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "page=1&per_page=2", "a=%41", "a;b=%20", "+=+"})
  void aWellFormedQueryIsTheSameString(String query) {
    assertThat(GoTolerantRequestFilter.withoutMalformedPairs(query)).isSameAs(query);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "application/x-www-form-urlencoded",
        "application/x-www-form-urlencoded; charset=utf-8",
        "multipart/form-data",
        " Multipart/mixed; boundary=x",
        "application/json; charset=bogus",
        "text/plain; charset=\"",
        "text/plain; charset=",
        "application/json;charset=\"utf-8\"x"
      })
  void contentTypesWireMockParsesOrCannotLoadAreHidden(String contentType) {
    assertThat(GoTolerantRequestFilter.breaksWireMock(contentType)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"application/json", "application/json; charset=utf-8", "text/plain; charset=\"UTF-8\"", "x/y; a=b"})
  void otherContentTypesAreKept(String contentType) {
    assertThat(GoTolerantRequestFilter.breaksWireMock(contentType)).isFalse();
  }
}
