package io.jobsconformance.app;

import io.jobsconformance.model.Ids;
import io.jobsconformance.model.Permission;
import io.jobsconformance.model.Role;
import io.jobsconformance.model.Session;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/** Builds sessions from role names or permission ids, refusing unknown names with a message that lists the known. */
public final class Sessions {
  private Sessions() {}

  /** A session whose permissions are the union of its space-separated roles, as Mattermost stores {@code Roles}. */
  public static Session withRoles(String token, String roles, String csrf, boolean isOAuth) {
    requireToken(token);
    Set<Permission> permissions = EnumSet.noneOf(Permission.class);
    for (String name : roles.trim().split("\\s+")) {
      if (name.isEmpty()) {
        continue;
      }
      Role role =
          Role.fromName(name)
              .orElseThrow(
                  () ->
                      AdminException.badRequest(
                          "unknown role '" + name + "'; known roles: " + knownRoles()));
      permissions.addAll(role.permissions());
    }
    return new Session(token, userIdFor(token), roles.trim(), permissions, csrfOrNew(csrf), isOAuth);
  }

  /** A session granted exactly these permission ids, for tests of one permission at a time. */
  public static Session withPermissions(
      String token, Collection<String> permissionIds, String csrf, boolean isOAuth) {
    requireToken(token);
    Set<Permission> permissions = EnumSet.noneOf(Permission.class);
    for (String id : permissionIds) {
      permissions.add(
          Permission.fromId(id)
              .orElseThrow(() -> AdminException.badRequest("unknown permission '" + id + "'")));
    }
    return new Session(token, userIdFor(token), "", permissions, csrfOrNew(csrf), isOAuth);
  }

  private static void requireToken(String token) {
    if (token == null || token.isBlank()) {
      throw AdminException.badRequest("a session needs a non-empty \"token\"");
    }
  }

  private static String knownRoles() {
    return String.join(", ", EnumSet.allOf(Role.class).stream().map(Role::roleName).toList());
  }

  /** A stable user id per token, so permission-error details name the same user on every request. */
  private static String userIdFor(String token) {
    return Ids.encodeOf(token);
  }

  private static String csrfOrNew(String csrf) {
    return csrf == null || csrf.isEmpty() ? Ids.newId() : csrf;
  }
}
