package io.jobsconformance.app;

import io.jobsconformance.model.JobType;
import java.util.Set;

/**
 * The job types that have a registered worker on a licensed Enterprise server ({@code app/server.go} initJobs).
 * {@code JobServer._createJob} refuses every other type with {@code model.job.is_valid.type.app_error}; notably
 * {@code cloud} passes the permission check and has no worker.
 */
public final class Workers {
  private static final Set<String> REGISTERED =
      Set.of(
          JobType.MIGRATIONS,
          JobType.PLUGINS,
          JobType.EXPIRY_NOTIFY,
          JobType.PRODUCT_NOTICES,
          JobType.IMPORT_PROCESS,
          JobType.IMPORT_DELETE,
          JobType.S3_PATH_MIGRATION,
          JobType.DELETE_EMPTY_DRAFTS_MIGRATION,
          JobType.DELETE_ORPHAN_DRAFTS_MIGRATION,
          JobType.EXPORT_DELETE,
          JobType.EXPORT_PROCESS,
          JobType.ACTIVE_USERS,
          JobType.MOBILE_SESSION_METADATA,
          JobType.RESEND_INVITATION_EMAIL,
          JobType.EXTRACT_CONTENT,
          JobType.LAST_ACCESSIBLE_POST,
          JobType.LAST_ACCESSIBLE_FILE,
          JobType.POST_PERSISTENT_NOTIFICATIONS,
          JobType.HOSTED_PURCHASE_SCREENING,
          JobType.CLEANUP_DESKTOP_TOKENS,
          JobType.REFRESH_MATERIALIZED_VIEWS,
          JobType.EXPORT_USERS_TO_CSV,
          JobType.DELETE_DMS_PREFERENCES_MIGRATION,
          JobType.UPGRADE_NOTIFY_ADMIN,
          JobType.TRIAL_NOTIFY_ADMIN,
          JobType.INSTALL_PLUGIN_NOTIFY_ADMIN,
          // Enterprise workers: present because the mock plays a licensed Enterprise server.
          JobType.DATA_RETENTION,
          JobType.MESSAGE_EXPORT,
          JobType.ELASTICSEARCH_POST_AGGREGATION,
          JobType.ELASTICSEARCH_POST_INDEXING,
          JobType.LDAP_SYNC,
          JobType.ACCESS_CONTROL_SYNC,
          JobType.PUSH_PROXY_AUTH);

  private Workers() {}

  public static boolean hasWorker(String type) {
    return REGISTERED.contains(type);
  }
}
