package io.jobsconformance.mock;

import io.jobsconformance.app.Sessions;
import io.jobsconformance.model.Session;
import java.util.List;

/**
 * The sessions the mock knows when its root directory has no {@code sessions.json}: one per default role, plus an
 * OAuth admin (only OAuth tokens may travel in {@code ?access_token=}). The same list ships as {@code
 * mocks/sessions.json} for users to edit; a test keeps the two equal.
 */
public final class DefaultSessions {
  private DefaultSessions() {}

  public static List<Session> all() {
    return List.of(
        Sessions.withRoles("admin-token", "system_user system_admin", "admin-csrf", false),
        Sessions.withRoles("manager-token", "system_manager", "manager-csrf", false),
        Sessions.withRoles("readonly-token", "system_read_only_admin", "readonly-csrf", false),
        Sessions.withRoles("user-token", "system_user", "user-csrf", false),
        Sessions.withRoles("usermanager-token", "system_user_manager", "usermanager-csrf", false),
        Sessions.withRoles("oauth-admin-token", "system_user system_admin", "oauth-admin-csrf", true));
  }
}
