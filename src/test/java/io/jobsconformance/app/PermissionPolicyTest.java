package io.jobsconformance.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.jobsconformance.model.Job;
import io.jobsconformance.model.Permission;
import io.jobsconformance.model.Role;
import io.jobsconformance.model.Session;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The per-type permission switches of {@code app/job.go} (reference §4), as a whole table: for every job type of §2.2
 * and a few unknown ones, the permission each check requires (or none: the type is unsupported, a 400), and for each
 * default role whether the check passes.
 */
class PermissionPolicyTest {
  private static final PermissionPolicy POLICY = new PermissionPolicy();
  private static final String[] ACTIONS = {"read", "create", "manage"};

  /** Reference §2.2, every type constant at MASTER. */
  private static final List<String> ALL_TYPES =
      List.of(
          "data_retention", "message_export", "cli_message_export", "elasticsearch_post_indexing",
          "elasticsearch_post_aggregation", "ldap_sync", "migrations", "plugins", "expiry_notify", "product_notices",
          "active_users", "import_process", "import_delete", "export_process", "export_delete", "cloud",
          "resend_invitation_email", "extract_content", "last_accessible_post", "last_accessible_file",
          "upgrade_notify_admin", "trial_notify_admin", "post_persistent_notifications", "install_plugin_notify_admin",
          "hosted_purchase_screening", "s3_path_migration", "cleanup_desktop_tokens", "delete_empty_drafts_migration",
          "refresh_materialized_views", "delete_orphan_drafts_migration", "export_users_to_csv",
          "delete_dms_preferences_migration", "mobile_session_metadata", "access_control_sync", "push_proxy_auth");

  private static final List<String> UNKNOWN_TYPES = List.of("", "foo", "recap", "bleve_post_indexing", "DATA_RETENTION");

  private static final Set<String> GENERIC =
      Set.of(
          "migrations", "plugins", "product_notices", "expiry_notify", "active_users", "import_process",
          "import_delete", "export_process", "export_delete", "cloud", "extract_content");

  /** The §4 table: read, create, manage permission ids; null where the type is not supported by that check. */
  private static String[] table(String type) {
    if (GENERIC.contains(type)) {
      return new String[] {"read_jobs", "manage_jobs", "manage_jobs"};
    }
    return switch (type) {
      case "data_retention" ->
          new String[] {"read_data_retention_job", "create_data_retention_job", "manage_data_retention_job"};
      case "message_export" ->
          new String[] {"read_compliance_export_job", "create_compliance_export_job", "manage_compliance_export_job"};
      case "elasticsearch_post_indexing" ->
          new String[] {
            "read_elasticsearch_post_indexing_job",
            "create_elasticsearch_post_indexing_job",
            "manage_elasticsearch_post_indexing_job"
          };
      case "elasticsearch_post_aggregation" ->
          new String[] {
            "read_elasticsearch_post_aggregation_job",
            "create_elasticsearch_post_aggregation_job",
            "manage_elasticsearch_post_aggregation_job"
          };
      case "ldap_sync" -> new String[] {"read_ldap_sync_job", "create_ldap_sync_job", "manage_ldap_sync_job"};
      case "mobile_session_metadata" -> new String[] {"read_jobs", null, null};
      case "access_control_sync" -> new String[] {"manage_system", "manage_system", "manage_system"};
      default -> new String[] {null, null, null};
    };
  }

  /** What each default role may do, spelled out from §4 rather than derived from {@code Role}. */
  private static Set<String> allowedFor(Role role) {
    return switch (role) {
      case SYSTEM_ADMIN -> everythingSupported();
      case SYSTEM_MANAGER ->
          Set.of(
              "read:elasticsearch_post_indexing",
              "create:elasticsearch_post_indexing",
              "manage:elasticsearch_post_indexing",
              "read:elasticsearch_post_aggregation",
              "create:elasticsearch_post_aggregation",
              "manage:elasticsearch_post_aggregation",
              "read:ldap_sync");
      case SYSTEM_READ_ONLY_ADMIN ->
          Set.of(
              "read:data_retention",
              "read:message_export",
              "read:elasticsearch_post_indexing",
              "read:elasticsearch_post_aggregation",
              "read:ldap_sync");
      case SYSTEM_USER_MANAGER -> Set.of("read:ldap_sync");
      case SYSTEM_USER -> Set.of();
    };
  }

  private static Set<String> everythingSupported() {
    Set<String> all = new HashSet<>();
    for (String type : ALL_TYPES) {
      String[] row = table(type);
      for (int i = 0; i < 3; i++) {
        if (row[i] != null) {
          all.add(ACTIONS[i] + ":" + type);
        }
      }
    }
    return all;
  }

  private static PermissionCheck check(String action, Session session, String type) {
    Job job = new Job("id", type, 0, 1, 0, 0, "pending", 0, Map.of("policy_id", "channel1"));
    return switch (action) {
      case "read" -> POLICY.toReadJob(session, type);
      case "create" -> POLICY.toCreateJob(session, job);
      case "manage" -> POLICY.toManageJob(session, job);
      default -> throw new IllegalArgumentException(action);
    };
  }

  private static Session sessionOf(Role role) {
    return new Session("token", "user", role.roleName(), role.permissions(), "csrf", false);
  }

  static Stream<Arguments> everyTypeAndAction() {
    List<Arguments> rows = new ArrayList<>();
    List<String> types = new ArrayList<>(ALL_TYPES);
    types.addAll(UNKNOWN_TYPES);
    for (String type : types) {
      for (int i = 0; i < 3; i++) {
        rows.add(Arguments.of(ACTIONS[i], type, table(type)[i]));
      }
    }
    return rows.stream();
  }

  @ParameterizedTest(name = "{0} \"{1}\" requires {2}")
  @MethodSource("everyTypeAndAction")
  void eachCheckRequiresThePermissionOfTheTableOrNoneForAnUnsupportedType(
      String action, String type, String permission) {
    PermissionCheck result = check(action, sessionOf(Role.SYSTEM_ADMIN), type);

    if (permission == null) {
      assertThat(result.unsupported()).isTrue();
      assertThat(result.required()).isNull();
      assertThat(result.allowed()).isFalse();
    } else {
      assertThat(result.unsupported()).isFalse();
      assertThat(result.required().id()).isEqualTo(permission);
    }
  }

  static Stream<Arguments> everyRoleTypeAndAction() {
    List<Arguments> rows = new ArrayList<>();
    List<String> types = new ArrayList<>(ALL_TYPES);
    types.addAll(UNKNOWN_TYPES);
    for (Role role : Role.values()) {
      Set<String> allowed = allowedFor(role);
      for (String type : types) {
        for (String action : ACTIONS) {
          rows.add(Arguments.of(role.roleName(), action, type, allowed.contains(action + ":" + type)));
        }
      }
    }
    return rows.stream();
  }

  @ParameterizedTest(name = "{0} {1} \"{2}\": {3}")
  @MethodSource("everyRoleTypeAndAction")
  void eachDefaultRoleIsAllowedExactlyWhatReferenceSectionFourImplies(
      String roleName, String action, String type, boolean allowed) {
    Role role = Role.fromName(roleName).orElseThrow();

    assertThat(check(action, sessionOf(role), type).allowed()).isEqualTo(allowed);
  }

  @Test
  void theTableHasThirtyFiveTypesOfWhichSeventeenAreCreatable() {
    assertThat(ALL_TYPES).hasSize(35).doesNotHaveDuplicates();
    assertThat(ALL_TYPES.stream().filter(t -> table(t)[1] != null))
        .containsExactlyInAnyOrder(
            "data_retention", "message_export", "elasticsearch_post_indexing", "elasticsearch_post_aggregation",
            "ldap_sync", "migrations", "plugins", "product_notices", "expiry_notify", "active_users",
            "import_process", "import_delete", "export_process", "export_delete", "cloud", "extract_content",
            "access_control_sync");
  }

  @Test
  void aSessionWithOnlyManageSystemMayCreateAnAccessControlSyncJob() {
    Session manageSystem = new Session("t", "u", "", Set.of(Permission.MANAGE_SYSTEM), "c", false);
    Job job = new Job("id", "access_control_sync", 0, 1, 0, 0, "pending", 0, Map.of("policy_id", "channel1"));

    assertThat(POLICY.toCreateJob(manageSystem, job)).isEqualTo(new PermissionCheck(true, Permission.MANAGE_SYSTEM));
    assertThat(POLICY.toReadJob(manageSystem, "access_control_sync").allowed()).isTrue();
    assertThat(POLICY.toManageJob(manageSystem, job).allowed()).isTrue();
    assertThat(POLICY.toReadJob(manageSystem, "plugins").allowed()).isFalse();
  }

  @Test
  void withoutManageSystemAnAccessControlSyncJobIsDeniedReportingManageSystem() {
    Set<Permission> allButManageSystem = EnumSet.allOf(Permission.class);
    allButManageSystem.remove(Permission.MANAGE_SYSTEM);
    Session session = new Session("t", "u", "", allButManageSystem, "c", false);
    Job job = new Job("id", "access_control_sync", 0, 1, 0, 0, "pending", 0, Map.of("policy_id", "channel1"));

    assertThat(POLICY.toCreateJob(session, job)).isEqualTo(new PermissionCheck(false, Permission.MANAGE_SYSTEM));
    assertThat(POLICY.toManageJob(session, job)).isEqualTo(new PermissionCheck(false, Permission.MANAGE_SYSTEM));
    assertThat(POLICY.toReadJob(session, "access_control_sync"))
        .isEqualTo(new PermissionCheck(false, Permission.MANAGE_SYSTEM));
  }

  @Test
  void eachJobPermissionAloneGrantsExactlyTheChecksThatRequireIt() {
    for (Permission permission : Permission.values()) {
      Session session = new Session("t", "u", "", Set.of(permission), "c", false);
      for (String type : ALL_TYPES) {
        String[] row = table(type);
        for (int i = 0; i < 3; i++) {
          boolean expected = permission.id().equals(row[i]);
          assertThat(check(ACTIONS[i], session, type).allowed())
              .as("%s with only %s", ACTIONS[i] + " " + type, permission.id())
              .isEqualTo(expected);
        }
      }
    }
  }

  @Test
  void hasPermissionAsksTheSession() {
    Session session = new Session("t", "u", "", Set.of(Permission.DOWNLOAD_COMPLIANCE_EXPORT_RESULT), "c", false);

    assertThat(POLICY.hasPermission(session, Permission.DOWNLOAD_COMPLIANCE_EXPORT_RESULT)).isTrue();
    assertThat(POLICY.hasPermission(session, Permission.READ_COMPLIANCE_EXPORT_JOB)).isFalse();
    assertThat(Arrays.stream(Permission.values()).filter(p -> POLICY.hasPermission(sessionOf(Role.SYSTEM_ADMIN), p)))
        .hasSize(Permission.values().length);
  }
}
