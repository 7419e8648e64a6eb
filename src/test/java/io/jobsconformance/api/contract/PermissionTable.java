package io.jobsconformance.api.contract;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Behaviour reference §4, written down once: the permission each job type needs to be read, created (and
 * cancelled) and managed, where null means "no mapping" (a 400, not a 403), and the job permissions each default
 * role ends up with.
 */
public final class PermissionTable {

  /** One row of the §4 table. */
  public record Row(String type, String read, String create, String manage) {
    @Override
    public String toString() {
      return type.isEmpty() ? "\"\"" : type;
    }
  }

  public static final List<Row> ROWS =
      List.of(
          new Row("data_retention", "read_data_retention_job", "create_data_retention_job", "manage_data_retention_job"),
          new Row(
              "message_export", "read_compliance_export_job", "create_compliance_export_job",
              "manage_compliance_export_job"),
          new Row(
              "elasticsearch_post_indexing", "read_elasticsearch_post_indexing_job",
              "create_elasticsearch_post_indexing_job", "manage_elasticsearch_post_indexing_job"),
          new Row(
              "elasticsearch_post_aggregation", "read_elasticsearch_post_aggregation_job",
              "create_elasticsearch_post_aggregation_job", "manage_elasticsearch_post_aggregation_job"),
          new Row("ldap_sync", "read_ldap_sync_job", "create_ldap_sync_job", "manage_ldap_sync_job"),
          generic("migrations"),
          generic("plugins"),
          generic("product_notices"),
          generic("expiry_notify"),
          generic("active_users"),
          generic("import_process"),
          generic("import_delete"),
          generic("export_process"),
          generic("export_delete"),
          generic("cloud"),
          generic("extract_content"),
          new Row("mobile_session_metadata", "read_jobs", null, null),
          new Row("access_control_sync", "manage_system", "manage_system", "manage_system"),
          unmapped("last_accessible_post"),
          unmapped("last_accessible_file"),
          unmapped("push_proxy_auth"),
          unmapped("resend_invitation_email"),
          unmapped("cli_message_export"),
          unmapped(""),
          unmapped("no_such_type"));

  private static final Set<String> MANAGER =
      Set.of(
          "read_elasticsearch_post_indexing_job", "create_elasticsearch_post_indexing_job",
          "manage_elasticsearch_post_indexing_job", "read_elasticsearch_post_aggregation_job",
          "create_elasticsearch_post_aggregation_job", "manage_elasticsearch_post_aggregation_job",
          "read_ldap_sync_job");
  private static final Set<String> READ_ONLY_ADMIN =
      Set.of(
          "read_elasticsearch_post_indexing_job", "read_elasticsearch_post_aggregation_job", "read_data_retention_job",
          "read_compliance_export_job", "download_compliance_export_result", "read_ldap_sync_job");

  /** What each default role may do; {@code system_admin} may do everything. */
  private static final Map<Actor, Set<String>> GRANTS =
      Map.of(
          Actor.MANAGER, MANAGER,
          Actor.READ_ONLY_ADMIN, READ_ONLY_ADMIN,
          Actor.USER_MANAGER, Set.of("read_ldap_sync_job"),
          Actor.USER, Set.of());

  private PermissionTable() {}

  private static Row generic(String type) {
    return new Row(type, "read_jobs", "manage_jobs", "manage_jobs");
  }

  private static Row unmapped(String type) {
    return new Row(type, null, null, null);
  }

  public static boolean grants(Actor actor, String permission) {
    return actor == Actor.ADMIN || actor == Actor.OAUTH_ADMIN || GRANTS.get(actor).contains(permission);
  }

  /** The actors whose roles are fixed by §4, in a readable order. */
  public static List<Actor> roleActors() {
    return List.of(Actor.ADMIN, Actor.MANAGER, Actor.READ_ONLY_ADMIN, Actor.USER_MANAGER, Actor.USER);
  }

  public static Row row(String type) {
    return ROWS.stream().filter(r -> r.type().equals(type)).findFirst().orElse(unmapped(type));
  }

  /** The job types in {@code model.AllJobTypes} order (§2.3). */
  public static final List<String> ALL_JOB_TYPES =
      Arrays.stream(
              ("data_retention message_export elasticsearch_post_indexing elasticsearch_post_aggregation ldap_sync"
                      + " migrations plugins expiry_notify product_notices active_users import_process import_delete"
                      + " export_process export_delete cloud extract_content last_accessible_post last_accessible_file"
                      + " cleanup_desktop_tokens refresh_materialized_views mobile_session_metadata")
                  .split(" "))
          .toList();

  /** For {@code @MethodSource}: the creatable types that have a worker. */
  public static List<String> creatableWithWorker() {
    return CREATABLE_WITH_WORKER;
  }

  /** Creatable types (§1.3) that have a registered worker: everything creatable but {@code cloud}. */
  public static final List<String> CREATABLE_WITH_WORKER =
      ROWS.stream()
          .filter(r -> r.create() != null && !r.type().equals("cloud"))
          .map(Row::type)
          .collect(Collectors.toUnmodifiableList());
}
