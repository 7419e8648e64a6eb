package io.jobsconformance.mock.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jobsconformance.app.AdminException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ExportPathTest {

  @ParameterizedTest
  @CsvSource({
    "export/abc.zip, export/abc.zip",
    "export/dir/a/b.csv, export/dir/a/b.csv",
    "export/with%20space.zip, export/with space.zip",
    "a+b, a+b",
    "..a/b.., ..a/b.."
  })
  void aRelativePathIsStoredUnderItsDecodedName(String raw, String stored) {
    assertThat(ExportPath.of(raw)).isEqualTo(stored);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "/etc/passwd", "%2Fetc", "export//x", "export/", "export/../x", "../x", "./x", "export/.",
          "%2e%2e/x", "a\\b", "bad%zz"})
  void absoluteClimbingEmptyOrMalformedPathsAreRefused(String raw) {
    assertThatThrownBy(() -> ExportPath.of(raw))
        .isInstanceOfSatisfying(AdminException.class, e -> assertThat(e.status()).isEqualTo(400))
        .message()
        .isNotBlank();
  }
}
