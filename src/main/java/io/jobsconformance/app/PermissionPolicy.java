package io.jobsconformance.app;

import static io.jobsconformance.model.Permission.CREATE_COMPLIANCE_EXPORT_JOB;
import static io.jobsconformance.model.Permission.CREATE_DATA_RETENTION_JOB;
import static io.jobsconformance.model.Permission.CREATE_ELASTICSEARCH_POST_AGGREGATION_JOB;
import static io.jobsconformance.model.Permission.CREATE_ELASTICSEARCH_POST_INDEXING_JOB;
import static io.jobsconformance.model.Permission.CREATE_LDAP_SYNC_JOB;
import static io.jobsconformance.model.Permission.MANAGE_COMPLIANCE_EXPORT_JOB;
import static io.jobsconformance.model.Permission.MANAGE_DATA_RETENTION_JOB;
import static io.jobsconformance.model.Permission.MANAGE_ELASTICSEARCH_POST_AGGREGATION_JOB;
import static io.jobsconformance.model.Permission.MANAGE_ELASTICSEARCH_POST_INDEXING_JOB;
import static io.jobsconformance.model.Permission.MANAGE_JOBS;
import static io.jobsconformance.model.Permission.MANAGE_LDAP_SYNC_JOB;
import static io.jobsconformance.model.Permission.MANAGE_SYSTEM;
import static io.jobsconformance.model.Permission.READ_COMPLIANCE_EXPORT_JOB;
import static io.jobsconformance.model.Permission.READ_DATA_RETENTION_JOB;
import static io.jobsconformance.model.Permission.READ_ELASTICSEARCH_POST_AGGREGATION_JOB;
import static io.jobsconformance.model.Permission.READ_ELASTICSEARCH_POST_INDEXING_JOB;
import static io.jobsconformance.model.Permission.READ_JOBS;
import static io.jobsconformance.model.Permission.READ_LDAP_SYNC_JOB;

import io.jobsconformance.model.Job;
import io.jobsconformance.model.JobType;
import io.jobsconformance.model.Permission;
import io.jobsconformance.model.Session;
import java.util.Set;

/**
 * The per-type permission switches of {@code app/job.go} ({@code SessionHasPermissionToReadJob}, {@code
 * ...CreateJob}, {@code ...ManageJob}). Cancelling a job uses the create check, as upstream does.
 */
public final class PermissionPolicy {
  /** Types that share {@code read_jobs} / {@code manage_jobs} in every switch. */
  private static final Set<String> GENERIC_TYPES =
      Set.of(
          JobType.MIGRATIONS,
          JobType.PLUGINS,
          JobType.PRODUCT_NOTICES,
          JobType.EXPIRY_NOTIFY,
          JobType.ACTIVE_USERS,
          JobType.IMPORT_PROCESS,
          JobType.IMPORT_DELETE,
          JobType.EXPORT_PROCESS,
          JobType.EXPORT_DELETE,
          JobType.CLOUD,
          JobType.EXTRACT_CONTENT);

  public PermissionCheck toReadJob(Session session, String jobType) {
    return check(session, readPermission(jobType));
  }

  /**
   * For {@code access_control_sync} upstream also accepts {@code manage_channel_access_rules} on the channel named by
   * {@code data.policy_id}; the mock has no channels, so only {@code manage_system} grants it.
   */
  public PermissionCheck toCreateJob(Session session, Job job) {
    return check(session, createPermission(job.type()));
  }

  public PermissionCheck toManageJob(Session session, Job job) {
    return check(session, managePermission(job.type()));
  }

  public boolean hasPermission(Session session, Permission permission) {
    return session.hasPermission(permission);
  }

  private static PermissionCheck check(Session session, Permission required) {
    return required == null
        ? PermissionCheck.UNSUPPORTED
        : new PermissionCheck(session.hasPermission(required), required);
  }

  private static Permission readPermission(String type) {
    if (GENERIC_TYPES.contains(type) || JobType.MOBILE_SESSION_METADATA.equals(type)) {
      return READ_JOBS;
    }
    return switch (type) {
      case JobType.DATA_RETENTION -> READ_DATA_RETENTION_JOB;
      case JobType.MESSAGE_EXPORT -> READ_COMPLIANCE_EXPORT_JOB;
      case JobType.ELASTICSEARCH_POST_INDEXING -> READ_ELASTICSEARCH_POST_INDEXING_JOB;
      case JobType.ELASTICSEARCH_POST_AGGREGATION -> READ_ELASTICSEARCH_POST_AGGREGATION_JOB;
      case JobType.LDAP_SYNC -> READ_LDAP_SYNC_JOB;
      case JobType.ACCESS_CONTROL_SYNC -> MANAGE_SYSTEM;
      default -> null;
    };
  }

  private static Permission createPermission(String type) {
    if (GENERIC_TYPES.contains(type)) {
      return MANAGE_JOBS;
    }
    return switch (type) {
      case JobType.DATA_RETENTION -> CREATE_DATA_RETENTION_JOB;
      case JobType.MESSAGE_EXPORT -> CREATE_COMPLIANCE_EXPORT_JOB;
      case JobType.ELASTICSEARCH_POST_INDEXING -> CREATE_ELASTICSEARCH_POST_INDEXING_JOB;
      case JobType.ELASTICSEARCH_POST_AGGREGATION -> CREATE_ELASTICSEARCH_POST_AGGREGATION_JOB;
      case JobType.LDAP_SYNC -> CREATE_LDAP_SYNC_JOB;
      case JobType.ACCESS_CONTROL_SYNC -> MANAGE_SYSTEM;
      default -> null;
    };
  }

  private static Permission managePermission(String type) {
    if (GENERIC_TYPES.contains(type)) {
      return MANAGE_JOBS;
    }
    return switch (type) {
      case JobType.DATA_RETENTION -> MANAGE_DATA_RETENTION_JOB;
      case JobType.MESSAGE_EXPORT -> MANAGE_COMPLIANCE_EXPORT_JOB;
      case JobType.ELASTICSEARCH_POST_INDEXING -> MANAGE_ELASTICSEARCH_POST_INDEXING_JOB;
      case JobType.ELASTICSEARCH_POST_AGGREGATION -> MANAGE_ELASTICSEARCH_POST_AGGREGATION_JOB;
      case JobType.LDAP_SYNC -> MANAGE_LDAP_SYNC_JOB;
      case JobType.ACCESS_CONTROL_SYNC -> MANAGE_SYSTEM;
      default -> null;
    };
  }
}
