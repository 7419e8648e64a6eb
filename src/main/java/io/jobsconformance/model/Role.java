package io.jobsconformance.model;

import static io.jobsconformance.model.Permission.CREATE_ELASTICSEARCH_POST_AGGREGATION_JOB;
import static io.jobsconformance.model.Permission.CREATE_ELASTICSEARCH_POST_INDEXING_JOB;
import static io.jobsconformance.model.Permission.DOWNLOAD_COMPLIANCE_EXPORT_RESULT;
import static io.jobsconformance.model.Permission.MANAGE_ELASTICSEARCH_POST_AGGREGATION_JOB;
import static io.jobsconformance.model.Permission.MANAGE_ELASTICSEARCH_POST_INDEXING_JOB;
import static io.jobsconformance.model.Permission.READ_COMPLIANCE_EXPORT_JOB;
import static io.jobsconformance.model.Permission.READ_DATA_RETENTION_JOB;
import static io.jobsconformance.model.Permission.READ_ELASTICSEARCH_POST_AGGREGATION_JOB;
import static io.jobsconformance.model.Permission.READ_ELASTICSEARCH_POST_INDEXING_JOB;
import static io.jobsconformance.model.Permission.READ_LDAP_SYNC_JOB;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The default system roles and the job permissions each one ends up with after {@code SysconsoleAncillaryPermissions}
 * and the permission migrations ({@code model/role.go}, {@code app/permissions_migrations.go}).
 */
public enum Role {
  /** Every permission ({@code role.go:1173-1177}). */
  SYSTEM_ADMIN("system_admin", EnumSet.allOf(Permission.class)),
  /** Elasticsearch jobs through {@code sysconsole_*_environment_elasticsearch}; LDAP read through authentication. */
  SYSTEM_MANAGER(
      "system_manager",
      EnumSet.of(
          READ_ELASTICSEARCH_POST_INDEXING_JOB,
          CREATE_ELASTICSEARCH_POST_INDEXING_JOB,
          MANAGE_ELASTICSEARCH_POST_INDEXING_JOB,
          READ_ELASTICSEARCH_POST_AGGREGATION_JOB,
          CREATE_ELASTICSEARCH_POST_AGGREGATION_JOB,
          MANAGE_ELASTICSEARCH_POST_AGGREGATION_JOB,
          READ_LDAP_SYNC_JOB)),
  /** Read-only console access; compliance read also grants the download permission. */
  SYSTEM_READ_ONLY_ADMIN(
      "system_read_only_admin",
      EnumSet.of(
          READ_ELASTICSEARCH_POST_INDEXING_JOB,
          READ_ELASTICSEARCH_POST_AGGREGATION_JOB,
          READ_DATA_RETENTION_JOB,
          READ_COMPLIANCE_EXPORT_JOB,
          DOWNLOAD_COMPLIANCE_EXPORT_RESULT,
          READ_LDAP_SYNC_JOB)),
  SYSTEM_USER_MANAGER("system_user_manager", EnumSet.of(READ_LDAP_SYNC_JOB)),
  /** A plain user: no job permission at all. */
  SYSTEM_USER("system_user", EnumSet.noneOf(Permission.class));

  private final String roleName;
  private final Set<Permission> permissions;

  Role(String roleName, Set<Permission> permissions) {
    this.roleName = roleName;
    this.permissions = Set.copyOf(permissions);
  }

  public String roleName() {
    return roleName;
  }

  public Set<Permission> permissions() {
    return permissions;
  }

  public static Optional<Role> fromName(String name) {
    return Arrays.stream(values()).filter(r -> r.roleName.equals(name)).findFirst();
  }
}
