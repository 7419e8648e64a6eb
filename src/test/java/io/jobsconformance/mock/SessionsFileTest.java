package io.jobsconformance.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import com.github.tomakehurst.wiremock.common.ClasspathFileSource;
import com.github.tomakehurst.wiremock.common.SingleRootFileSource;
import io.jobsconformance.model.Permission;
import io.jobsconformance.model.Session;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SessionsFileTest {

  @Test
  void theShippedSessionsFileHoldsExactlyTheBuiltInDefaults() {
    assertThat(SessionsFile.read(new SingleRootFileSource("mocks"))).isEqualTo(DefaultSessions.all());
  }

  @Test
  void theCopyOnTheClasspathIsReadToo() {
    assertThat(SessionsFile.read(new ClasspathFileSource("mocks"))).isEqualTo(DefaultSessions.all());
  }

  @Test
  void aRootDirectoryWithoutTheFileGetsTheBuiltInDefaults(@TempDir Path empty) {
    assertThat(SessionsFile.read(new SingleRootFileSource(empty.toString()))).isEqualTo(DefaultSessions.all());
  }

  @Test
  void theDefaultsAreTheDocumentedTokensWithFixedCsrfTokens() {
    assertThat(DefaultSessions.all())
        .extracting(Session::token, Session::roles, Session::csrfToken, Session::isOAuth)
        .containsExactly(
            tuple("admin-token", "system_user system_admin", "admin-csrf", false),
            tuple("manager-token", "system_manager", "manager-csrf", false),
            tuple("readonly-token", "system_read_only_admin", "readonly-csrf", false),
            tuple("user-token", "system_user", "user-csrf", false),
            tuple("usermanager-token", "system_user_manager", "usermanager-csrf", false),
            tuple(
                "oauth-admin-token", "system_user system_admin", "oauth-admin-csrf", true));
  }

  @Test
  void entriesMayGrantSinglePermissions() {
    List<Session> sessions =
        SessionsFile.parse(
            bytes("{\"sessions\":[{\"token\":\"t\",\"permissions\":[\"read_jobs\"],\"csrf\":\"c\"}]}"), "f");

    assertThat(sessions).singleElement().satisfies(s -> assertThat(s.permissions()).containsExactly(Permission.READ_JOBS));
  }

  @Test
  void aBrokenFileNamesItselfAndTheFault() {
    assertThatThrownBy(() -> SessionsFile.parse(bytes("{\"sessions\": [{\"token\": 1}]}"), "mocks/sessions.json"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("mocks/sessions.json is not a valid sessions file")
        .hasMessageContaining("\"token\" must be a string");
    assertThatThrownBy(() -> SessionsFile.parse(bytes("{\"session\": []}"), "f"))
        .hasMessageContaining("unknown field [session]");
    assertThatThrownBy(() -> SessionsFile.parse(bytes("{}"), "f")).hasMessageContaining("\"sessions\"");
    assertThatThrownBy(() -> SessionsFile.parse(bytes("{\"sessions\":[{\"token\":\"t\",\"roles\":\"root\"}]}"), "f"))
        .hasMessageContaining("unknown role 'root'");
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
