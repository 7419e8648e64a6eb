package io.jobsconformance.mock.admin;

import io.jobsconformance.app.AdminException;
import io.jobsconformance.app.Sessions;
import io.jobsconformance.model.Permission;
import io.jobsconformance.model.Session;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A session as JSON, the same shape in {@code POST /__admin/jobs/sessions} and in the editable {@code sessions.json}:
 * a {@code token}, either {@code roles} (space-separated, as Mattermost stores them) or {@code permissions} (ids),
 * an optional fixed {@code csrf} token (generated when absent) and {@code is_oauth}.
 */
public final class SessionSpec {
  public static final Set<String> FIELDS = Set.of("token", "roles", "permissions", "csrf", "is_oauth");

  private SessionSpec() {}

  public static Session parse(JsonInput json) {
    String token = json.requiredString("token");
    String roles = json.string("roles");
    List<String> permissions = json.stringList("permissions");
    String csrf = json.string("csrf");
    boolean isOAuth = Boolean.TRUE.equals(json.bool("is_oauth"));
    if ((roles == null) == (permissions == null)) {
      throw AdminException.badRequest(
          "session '" + token + "' needs exactly one of \"roles\" (e.g. \"system_user system_manager\") or"
              + " \"permissions\" (e.g. [\"read_jobs\"])");
    }
    return roles != null
        ? Sessions.withRoles(token, roles, csrf, isOAuth)
        : Sessions.withPermissions(token, permissions, csrf, isOAuth);
  }

  /** The session as the admin API reports it, including the CSRF token a cookie-authenticated write must send. */
  public static Map<String, Object> toJson(Session session) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("token", session.token());
    fields.put("user_id", session.userId());
    fields.put("roles", session.roles());
    fields.put("permissions", session.permissions().stream().map(Permission::id).sorted().toList());
    fields.put("csrf", session.csrfToken());
    fields.put("is_oauth", session.isOAuth());
    return fields;
  }
}
