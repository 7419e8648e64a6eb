package io.jobsconformance.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code model.AllJobTypes} (reference §2.3): 21 types in upstream order, which unfiltered lists walk. */
class JobTypeTest {

  @Test
  void allJobTypesHoldsTheTwentyOneUpstreamTypesInUpstreamOrder() {
    assertThat(JobType.ALL_JOB_TYPES)
        .containsExactly(
            "data_retention",
            "message_export",
            "elasticsearch_post_indexing",
            "elasticsearch_post_aggregation",
            "ldap_sync",
            "migrations",
            "plugins",
            "expiry_notify",
            "product_notices",
            "active_users",
            "import_process",
            "import_delete",
            "export_process",
            "export_delete",
            "cloud",
            "extract_content",
            "last_accessible_post",
            "last_accessible_file",
            "cleanup_desktop_tokens",
            "refresh_materialized_views",
            "mobile_session_metadata");
  }

  @ParameterizedTest
  @ValueSource(strings = {"data_retention", "cloud", "mobile_session_metadata", "last_accessible_file"})
  void aTypeOfAllJobTypesIsAValidJobType(String type) {
    assertThat(JobType.isValidJobType(type)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "access_control_sync",
        "push_proxy_auth",
        "resend_invitation_email",
        "s3_path_migration",
        "export_users_to_csv",
        "cli_message_export",
        "",
        "foo",
        "DATA_RETENTION"
      })
  void aTypeOutsideAllJobTypesIsNotAValidJobType(String type) {
    assertThat(JobType.isValidJobType(type)).isFalse();
  }
}
