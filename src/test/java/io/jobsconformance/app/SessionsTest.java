package io.jobsconformance.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.jobsconformance.model.Ids;
import io.jobsconformance.model.Permission;
import io.jobsconformance.model.Role;
import io.jobsconformance.model.Session;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Sessions built from Mattermost role strings or permission ids, refusing unknown names with a helpful 400. */
class SessionsTest {

  @Test
  void aSessionsPermissionsAreTheUnionOfItsRoles() {
    Session session = Sessions.withRoles("t", "system_user_manager system_read_only_admin", null, false);

    Set<Permission> expected = EnumSet.noneOf(Permission.class);
    expected.addAll(Role.SYSTEM_READ_ONLY_ADMIN.permissions());
    assertThat(session.permissions()).isEqualTo(expected);
    assertThat(session.roles()).isEqualTo("system_user_manager system_read_only_admin");
  }

  @Test
  void extraWhitespaceBetweenRolesIsTolerated() {
    Session session = Sessions.withRoles("t", "  system_user   system_manager ", null, false);

    assertThat(session.permissions()).isEqualTo(Role.SYSTEM_MANAGER.permissions());
    assertThat(session.roles()).isEqualTo("system_user   system_manager");
  }

  @Test
  void aPlainUserAndAnEmptyRoleStringHaveNoPermission() {
    assertThat(Sessions.withRoles("t", "system_user", null, false).permissions()).isEmpty();
    assertThat(Sessions.withRoles("t", "", null, false).permissions()).isEmpty();
  }

  @Test
  void anUnknownRoleIsA400ThatListsTheKnownRoles() {
    Throwable thrown = catchThrowable(() -> Sessions.withRoles("t", "system_user system_god", null, false));

    assertThat(thrown)
        .isInstanceOf(AdminException.class)
        .hasMessageContaining("system_god")
        .hasMessageContaining(
            "system_admin, system_manager, system_read_only_admin, system_user_manager, system_user");
    assertThat(((AdminException) thrown).status()).isEqualTo(400);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"   "})
  void aSessionWithoutATokenIsA400(String token) {
    Throwable byRoles = catchThrowable(() -> Sessions.withRoles(token, "system_admin", null, false));
    Throwable byPermissions = catchThrowable(() -> Sessions.withPermissions(token, List.of(), null, false));

    assertThat(((AdminException) byRoles).status()).isEqualTo(400);
    assertThat(((AdminException) byPermissions).status()).isEqualTo(400);
  }

  @Test
  void aSessionFromPermissionIdsHasExactlyThosePermissions() {
    Session session =
        Sessions.withPermissions("t", List.of("read_jobs", "download_compliance_export_result"), "csrf", true);

    assertThat(session.permissions())
        .containsExactlyInAnyOrder(Permission.READ_JOBS, Permission.DOWNLOAD_COMPLIANCE_EXPORT_RESULT);
    assertThat(session.roles()).isEmpty();
    assertThat(session.csrfToken()).isEqualTo("csrf");
    assertThat(session.isOAuth()).isTrue();
  }

  @Test
  void anUnknownPermissionIdIsA400NamingIt() {
    Throwable thrown = catchThrowable(() -> Sessions.withPermissions("t", List.of("read_jobs", "fly"), null, false));

    assertThat(thrown).isInstanceOf(AdminException.class).hasMessageContaining("fly");
    assertThat(((AdminException) thrown).status()).isEqualTo(400);
  }

  @Test
  void aMissingCsrfTokenIsGeneratedAndAGivenOneKept() {
    assertThat(Ids.isValidId(Sessions.withRoles("t", "system_admin", null, false).csrfToken())).isTrue();
    assertThat(Ids.isValidId(Sessions.withRoles("t", "system_admin", "", false).csrfToken())).isTrue();
    assertThat(Sessions.withRoles("t", "system_admin", "mine", false).csrfToken()).isEqualTo("mine");
  }

  @Test
  void theUserIdIsAStableValidIdPerToken() {
    Session first = Sessions.withRoles("admin-token", "system_admin", null, false);
    Session again = Sessions.withPermissions("admin-token", List.of(), null, false);
    Session other = Sessions.withRoles("user-token", "system_user", null, false);

    assertThat(Ids.isValidId(first.userId())).isTrue();
    assertThat(again.userId()).isEqualTo(first.userId());
    assertThat(other.userId()).isNotEqualTo(first.userId());
    assertThat(first.token()).isEqualTo("admin-token");
    assertThat(first.isOAuth()).isFalse();
  }
}
