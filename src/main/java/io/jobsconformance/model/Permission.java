package io.jobsconformance.model;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The system-scoped permissions that govern jobs ({@code model/permission.go}), with their upstream ids. */
public enum Permission {
  READ_JOBS("read_jobs"),
  MANAGE_JOBS("manage_jobs"),
  MANAGE_SYSTEM("manage_system"),
  CREATE_DATA_RETENTION_JOB("create_data_retention_job"),
  MANAGE_DATA_RETENTION_JOB("manage_data_retention_job"),
  READ_DATA_RETENTION_JOB("read_data_retention_job"),
  CREATE_COMPLIANCE_EXPORT_JOB("create_compliance_export_job"),
  MANAGE_COMPLIANCE_EXPORT_JOB("manage_compliance_export_job"),
  READ_COMPLIANCE_EXPORT_JOB("read_compliance_export_job"),
  DOWNLOAD_COMPLIANCE_EXPORT_RESULT("download_compliance_export_result"),
  CREATE_ELASTICSEARCH_POST_INDEXING_JOB("create_elasticsearch_post_indexing_job"),
  MANAGE_ELASTICSEARCH_POST_INDEXING_JOB("manage_elasticsearch_post_indexing_job"),
  READ_ELASTICSEARCH_POST_INDEXING_JOB("read_elasticsearch_post_indexing_job"),
  CREATE_ELASTICSEARCH_POST_AGGREGATION_JOB("create_elasticsearch_post_aggregation_job"),
  MANAGE_ELASTICSEARCH_POST_AGGREGATION_JOB("manage_elasticsearch_post_aggregation_job"),
  READ_ELASTICSEARCH_POST_AGGREGATION_JOB("read_elasticsearch_post_aggregation_job"),
  CREATE_LDAP_SYNC_JOB("create_ldap_sync_job"),
  MANAGE_LDAP_SYNC_JOB("manage_ldap_sync_job"),
  READ_LDAP_SYNC_JOB("read_ldap_sync_job");

  private static final Map<String, Permission> BY_ID =
      Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(Permission::id, Function.identity()));

  private final String id;

  Permission(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  public static Optional<Permission> fromId(String id) {
    return Optional.ofNullable(BY_ID.get(id));
  }
}
