package io.jobsconformance.model;

import java.util.List;

/** Job type constants of {@code model/job.go} (MASTER). Types stay strings: stored jobs may hold any value. */
public final class JobType {
  public static final String DATA_RETENTION = "data_retention";
  public static final String MESSAGE_EXPORT = "message_export";
  public static final String CLI_MESSAGE_EXPORT = "cli_message_export";
  public static final String ELASTICSEARCH_POST_INDEXING = "elasticsearch_post_indexing";
  public static final String ELASTICSEARCH_POST_AGGREGATION = "elasticsearch_post_aggregation";
  public static final String LDAP_SYNC = "ldap_sync";
  public static final String MIGRATIONS = "migrations";
  public static final String PLUGINS = "plugins";
  public static final String EXPIRY_NOTIFY = "expiry_notify";
  public static final String PRODUCT_NOTICES = "product_notices";
  public static final String ACTIVE_USERS = "active_users";
  public static final String IMPORT_PROCESS = "import_process";
  public static final String IMPORT_DELETE = "import_delete";
  public static final String EXPORT_PROCESS = "export_process";
  public static final String EXPORT_DELETE = "export_delete";
  public static final String CLOUD = "cloud";
  public static final String RESEND_INVITATION_EMAIL = "resend_invitation_email";
  public static final String EXTRACT_CONTENT = "extract_content";
  public static final String LAST_ACCESSIBLE_POST = "last_accessible_post";
  public static final String LAST_ACCESSIBLE_FILE = "last_accessible_file";
  public static final String UPGRADE_NOTIFY_ADMIN = "upgrade_notify_admin";
  public static final String TRIAL_NOTIFY_ADMIN = "trial_notify_admin";
  public static final String POST_PERSISTENT_NOTIFICATIONS = "post_persistent_notifications";
  public static final String INSTALL_PLUGIN_NOTIFY_ADMIN = "install_plugin_notify_admin";
  public static final String HOSTED_PURCHASE_SCREENING = "hosted_purchase_screening";
  public static final String S3_PATH_MIGRATION = "s3_path_migration";
  public static final String CLEANUP_DESKTOP_TOKENS = "cleanup_desktop_tokens";
  public static final String DELETE_EMPTY_DRAFTS_MIGRATION = "delete_empty_drafts_migration";
  public static final String REFRESH_MATERIALIZED_VIEWS = "refresh_materialized_views";
  public static final String DELETE_ORPHAN_DRAFTS_MIGRATION = "delete_orphan_drafts_migration";
  public static final String EXPORT_USERS_TO_CSV = "export_users_to_csv";
  public static final String DELETE_DMS_PREFERENCES_MIGRATION = "delete_dms_preferences_migration";
  public static final String MOBILE_SESSION_METADATA = "mobile_session_metadata";
  public static final String ACCESS_CONTROL_SYNC = "access_control_sync";
  public static final String PUSH_PROXY_AUTH = "push_proxy_auth";

  /**
   * {@code model.AllJobTypes}, in upstream order: the only types {@code GET /jobs} accepts as {@code job_type} and the
   * list it walks when no type is given. {@code access_control_sync} is deliberately absent, as upstream.
   */
  public static final List<String> ALL_JOB_TYPES =
      List.of(
          DATA_RETENTION,
          MESSAGE_EXPORT,
          ELASTICSEARCH_POST_INDEXING,
          ELASTICSEARCH_POST_AGGREGATION,
          LDAP_SYNC,
          MIGRATIONS,
          PLUGINS,
          EXPIRY_NOTIFY,
          PRODUCT_NOTICES,
          ACTIVE_USERS,
          IMPORT_PROCESS,
          IMPORT_DELETE,
          EXPORT_PROCESS,
          EXPORT_DELETE,
          CLOUD,
          EXTRACT_CONTENT,
          LAST_ACCESSIBLE_POST,
          LAST_ACCESSIBLE_FILE,
          CLEANUP_DESKTOP_TOKENS,
          REFRESH_MATERIALIZED_VIEWS,
          MOBILE_SESSION_METADATA);

  private JobType() {}

  /** {@code model.IsValidJobType}. */
  public static boolean isValidJobType(String type) {
    return ALL_JOB_TYPES.contains(type);
  }
}
