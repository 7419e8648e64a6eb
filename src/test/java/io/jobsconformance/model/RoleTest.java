package io.jobsconformance.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The job permissions each default role ends up with (reference §4, after {@code SysconsoleAncillaryPermissions} and
 * the permission migrations), and the permission ids themselves.
 */
class RoleTest {

  @Test
  void thePermissionIdsAreTheUpstreamOnes() {
    assertThat(Arrays.stream(Permission.values()).map(Permission::id))
        .containsExactlyInAnyOrder(
            "read_jobs",
            "manage_jobs",
            "manage_system",
            "create_data_retention_job",
            "manage_data_retention_job",
            "read_data_retention_job",
            "create_compliance_export_job",
            "manage_compliance_export_job",
            "read_compliance_export_job",
            "download_compliance_export_result",
            "create_elasticsearch_post_indexing_job",
            "manage_elasticsearch_post_indexing_job",
            "create_elasticsearch_post_aggregation_job",
            "manage_elasticsearch_post_aggregation_job",
            "read_elasticsearch_post_indexing_job",
            "read_elasticsearch_post_aggregation_job",
            "create_ldap_sync_job",
            "manage_ldap_sync_job",
            "read_ldap_sync_job");
  }

  @Test
  void aPermissionIsFoundByItsIdAndAnUnknownIdIsNot() {
    assertThat(Permission.fromId("read_jobs")).contains(Permission.READ_JOBS);
    assertThat(Permission.fromId("download_compliance_export_result"))
        .contains(Permission.DOWNLOAD_COMPLIANCE_EXPORT_RESULT);
    assertThat(Permission.fromId("READ_JOBS")).isEmpty();
    assertThat(Permission.fromId("manage_channel_access_rules")).isEmpty();
  }

  @Test
  void aSystemAdminHasEveryPermission() {
    assertThat(ids(Role.SYSTEM_ADMIN)).hasSize(19).contains("manage_system", "manage_jobs", "read_jobs");
    assertThat(Role.SYSTEM_ADMIN.permissions()).containsExactlyInAnyOrder(Permission.values());
  }

  @Test
  void aSystemManagerHasBothElasticsearchJobTypesAndLdapReadOnly() {
    assertThat(ids(Role.SYSTEM_MANAGER))
        .containsExactlyInAnyOrder(
            "read_elasticsearch_post_indexing_job",
            "create_elasticsearch_post_indexing_job",
            "manage_elasticsearch_post_indexing_job",
            "read_elasticsearch_post_aggregation_job",
            "create_elasticsearch_post_aggregation_job",
            "manage_elasticsearch_post_aggregation_job",
            "read_ldap_sync_job");
  }

  @Test
  void aReadOnlyAdminReadsAndMayDownloadComplianceExportsButCreatesNothing() {
    assertThat(ids(Role.SYSTEM_READ_ONLY_ADMIN))
        .containsExactlyInAnyOrder(
            "read_elasticsearch_post_indexing_job",
            "read_elasticsearch_post_aggregation_job",
            "read_data_retention_job",
            "read_compliance_export_job",
            "download_compliance_export_result",
            "read_ldap_sync_job");
  }

  @Test
  void aUserManagerOnlyReadsLdapSyncJobs() {
    assertThat(ids(Role.SYSTEM_USER_MANAGER)).containsExactly("read_ldap_sync_job");
  }

  @Test
  void aPlainUserHasNoJobPermissionAtAll() {
    assertThat(Role.SYSTEM_USER.permissions()).isEmpty();
  }

  @Test
  void rolesAreFoundByTheirUpstreamNames() {
    assertThat(Role.fromName("system_admin")).contains(Role.SYSTEM_ADMIN);
    assertThat(Role.fromName("system_manager")).contains(Role.SYSTEM_MANAGER);
    assertThat(Role.fromName("system_read_only_admin")).contains(Role.SYSTEM_READ_ONLY_ADMIN);
    assertThat(Role.fromName("system_user_manager")).contains(Role.SYSTEM_USER_MANAGER);
    assertThat(Role.fromName("system_user")).contains(Role.SYSTEM_USER);
    assertThat(Role.fromName("team_admin")).isEmpty();
    assertThat(Role.fromName("SYSTEM_ADMIN")).isEmpty();
  }

  @Test
  void aRolesPermissionSetCannotBeModified() {
    Set<Permission> permissions = Role.SYSTEM_USER_MANAGER.permissions();
    assertThatThrownBy(() -> permissions.add(Permission.MANAGE_SYSTEM))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void aSessionHasExactlyThePermissionsItWasGiven() {
    Session session = new Session("t", "u", "system_manager", Role.SYSTEM_MANAGER.permissions(), "c", false);

    assertThat(session.hasPermission(Permission.CREATE_ELASTICSEARCH_POST_INDEXING_JOB)).isTrue();
    assertThat(session.hasPermission(Permission.READ_JOBS)).isFalse();
    assertThat(new Session("t", "u", "", Set.of(), "c", false).hasPermission(Permission.READ_JOBS)).isFalse();
  }

  private static Set<String> ids(Role role) {
    return role.permissions().stream().map(Permission::id).collect(Collectors.toSet());
  }
}
