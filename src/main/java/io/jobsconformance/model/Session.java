package io.jobsconformance.model;

import java.util.EnumSet;
import java.util.Set;

/**
 * An authenticated session: the token, the user, the roles as Mattermost stores them (a space-separated string), the
 * permissions those roles grant, the CSRF token a cookie-authenticated write must echo, and whether the session comes
 * from OAuth (only OAuth tokens may travel in the {@code access_token} query parameter).
 */
public record Session(
    String token, String userId, String roles, Set<Permission> permissions, String csrfToken, boolean isOAuth) {

  public Session {
    permissions = permissions.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(permissions));
  }

  /** {@code SessionHasPermissionTo}: all job permissions are system-scoped, so the role set decides. */
  public boolean hasPermission(Permission permission) {
    return permissions.contains(permission);
  }
}
