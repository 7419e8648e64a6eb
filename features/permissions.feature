# The matrices below cover every job type of the reference (model/job.go, MASTER) plus the empty type and an unknown
# one, for each of the default roles. Reading, cancelling and managing need a stored job of the type under test, which
# only the mock can seed; listing a type and being refused a creation change nothing, so those also run on a real
# server (for the roles whose tokens are given).
Feature: Permissions by job type
  The handlers of server/channels/api4/job.go (getJob, getJobs, getJobsByType, createJob, cancelJob, updateJobStatus,
  downloadJob) look the job up and then ask the per-type permission switches of server/channels/app/job.go
  (SessionHasPermissionToReadJob, SessionHasPermissionToCreateJob, SessionHasPermissionToManageJob): reading takes the
  type's read permission, creating AND cancelling its create permission, changing the status its manage permission,
  downloading download_compliance_export_result. A type the switch does not know has no permission of that kind, which
  the handler answers with 400 before any role is looked at. The roles are the defaults of model/role.go after
  SysconsoleAncillaryPermissions and app/permissions_migrations.go.

  Rule: Reading a job takes the read permission of its type

    # @mock-only: the job of each type is seeded through the mock's control plane
    @mock-only
    Scenario Outline: Getting a job takes the read permission of its type
      Given a job of type "<type>" with status pending
      When <actor> gets the job
      Then the request is <verdict>

      @must @JOBS-PERM-001
      Examples: read_jobs types
        | type                    | actor               | verdict   |
        | migrations              | the system admin    | allowed   |
        | migrations              | the system manager  | forbidden |
        | migrations              | the read-only admin | forbidden |
        | migrations              | a plain user        | forbidden |
        | plugins                 | the system admin    | allowed   |
        | plugins                 | the system manager  | forbidden |
        | plugins                 | the read-only admin | forbidden |
        | plugins                 | a plain user        | forbidden |
        | product_notices         | the system admin    | allowed   |
        | product_notices         | the system manager  | forbidden |
        | product_notices         | the read-only admin | forbidden |
        | product_notices         | a plain user        | forbidden |
        | expiry_notify           | the system admin    | allowed   |
        | expiry_notify           | the system manager  | forbidden |
        | expiry_notify           | the read-only admin | forbidden |
        | expiry_notify           | a plain user        | forbidden |
        | active_users            | the system admin    | allowed   |
        | active_users            | the system manager  | forbidden |
        | active_users            | the read-only admin | forbidden |
        | active_users            | a plain user        | forbidden |
        | import_process          | the system admin    | allowed   |
        | import_process          | the system manager  | forbidden |
        | import_process          | the read-only admin | forbidden |
        | import_process          | a plain user        | forbidden |
        | import_delete           | the system admin    | allowed   |
        | import_delete           | the system manager  | forbidden |
        | import_delete           | the read-only admin | forbidden |
        | import_delete           | a plain user        | forbidden |
        | export_process          | the system admin    | allowed   |
        | export_process          | the system manager  | forbidden |
        | export_process          | the read-only admin | forbidden |
        | export_process          | a plain user        | forbidden |
        | export_delete           | the system admin    | allowed   |
        | export_delete           | the system manager  | forbidden |
        | export_delete           | the read-only admin | forbidden |
        | export_delete           | a plain user        | forbidden |
        | cloud                   | the system admin    | allowed   |
        | cloud                   | the system manager  | forbidden |
        | cloud                   | the read-only admin | forbidden |
        | cloud                   | a plain user        | forbidden |
        | extract_content         | the system admin    | allowed   |
        | extract_content         | the system manager  | forbidden |
        | extract_content         | the read-only admin | forbidden |
        | extract_content         | a plain user        | forbidden |
        | mobile_session_metadata | the system admin    | allowed   |
        | mobile_session_metadata | the system manager  | forbidden |
        | mobile_session_metadata | the read-only admin | forbidden |
        | mobile_session_metadata | a plain user        | forbidden |

      @must @JOBS-PERM-001
      Examples: data retention (read_data_retention_job)
        | type           | actor               | verdict   |
        | data_retention | the system admin    | allowed   |
        | data_retention | the system manager  | forbidden |
        | data_retention | the read-only admin | allowed   |
        | data_retention | a plain user        | forbidden |

      @must @JOBS-PERM-001
      Examples: compliance export (read_compliance_export_job)
        | type           | actor               | verdict   |
        | message_export | the system admin    | allowed   |
        | message_export | the system manager  | forbidden |
        | message_export | the read-only admin | allowed   |
        | message_export | a plain user        | forbidden |

      @must @JOBS-PERM-001
      Examples: elasticsearch (read_elasticsearch_post_indexing_job, read_elasticsearch_post_aggregation_job)
        | type                           | actor               | verdict   |
        | elasticsearch_post_indexing    | the system admin    | allowed   |
        | elasticsearch_post_indexing    | the system manager  | allowed   |
        | elasticsearch_post_indexing    | the read-only admin | allowed   |
        | elasticsearch_post_indexing    | a plain user        | forbidden |
        | elasticsearch_post_aggregation | the system admin    | allowed   |
        | elasticsearch_post_aggregation | the system manager  | allowed   |
        | elasticsearch_post_aggregation | the read-only admin | allowed   |
        | elasticsearch_post_aggregation | a plain user        | forbidden |

      @must @JOBS-PERM-001
      Examples: ldap (read_ldap_sync_job)
        | type      | actor               | verdict   |
        | ldap_sync | the system admin    | allowed   |
        | ldap_sync | the system manager  | allowed   |
        | ldap_sync | the read-only admin | allowed   |
        | ldap_sync | a plain user        | forbidden |

      @must @JOBS-PERM-001
      Examples: access control (manage_system)
        | type                | actor               | verdict   |
        | access_control_sync | the system admin    | allowed   |
        | access_control_sync | the system manager  | forbidden |
        | access_control_sync | the read-only admin | forbidden |
        | access_control_sync | a plain user        | forbidden |

      @must @JOBS-PERM-012
      Examples: the user manager (read_ldap_sync_job only)
        | type                        | actor            | verdict   |
        | ldap_sync                   | the user manager | allowed   |
        | active_users                | the user manager | forbidden |
        | data_retention              | the user manager | forbidden |
        | message_export              | the user manager | forbidden |
        | elasticsearch_post_indexing | the user manager | forbidden |
        | access_control_sync         | the user manager | forbidden |

    # @mock-only: the job of each type is seeded through the mock's control plane
    @mock-only
    Scenario Outline: A job whose type has no read permission is refused to everyone
      Given a job of type "<type>" with status pending
      When <actor> gets the job
      Then the request is refused for a type without read permissions

      # the empty cell is the empty type ""; not_a_job_type stands for any type the server does not know
      @must @JOBS-PERM-003
      Examples: no mapping
        | type                             | actor               |
        | cli_message_export               | the system admin    |
        | cli_message_export               | the system manager  |
        | cli_message_export               | the read-only admin |
        | cli_message_export               | a plain user        |
        | resend_invitation_email          | the system admin    |
        | resend_invitation_email          | the system manager  |
        | resend_invitation_email          | the read-only admin |
        | resend_invitation_email          | a plain user        |
        | last_accessible_post             | the system admin    |
        | last_accessible_post             | the system manager  |
        | last_accessible_post             | the read-only admin |
        | last_accessible_post             | a plain user        |
        | last_accessible_file             | the system admin    |
        | last_accessible_file             | the system manager  |
        | last_accessible_file             | the read-only admin |
        | last_accessible_file             | a plain user        |
        | upgrade_notify_admin             | the system admin    |
        | upgrade_notify_admin             | the system manager  |
        | upgrade_notify_admin             | the read-only admin |
        | upgrade_notify_admin             | a plain user        |
        | trial_notify_admin               | the system admin    |
        | trial_notify_admin               | the system manager  |
        | trial_notify_admin               | the read-only admin |
        | trial_notify_admin               | a plain user        |
        | post_persistent_notifications    | the system admin    |
        | post_persistent_notifications    | the system manager  |
        | post_persistent_notifications    | the read-only admin |
        | post_persistent_notifications    | a plain user        |
        | install_plugin_notify_admin      | the system admin    |
        | install_plugin_notify_admin      | the system manager  |
        | install_plugin_notify_admin      | the read-only admin |
        | install_plugin_notify_admin      | a plain user        |
        | hosted_purchase_screening        | the system admin    |
        | hosted_purchase_screening        | the system manager  |
        | hosted_purchase_screening        | the read-only admin |
        | hosted_purchase_screening        | a plain user        |
        | s3_path_migration                | the system admin    |
        | s3_path_migration                | the system manager  |
        | s3_path_migration                | the read-only admin |
        | s3_path_migration                | a plain user        |
        | cleanup_desktop_tokens           | the system admin    |
        | cleanup_desktop_tokens           | the system manager  |
        | cleanup_desktop_tokens           | the read-only admin |
        | cleanup_desktop_tokens           | a plain user        |
        | delete_empty_drafts_migration    | the system admin    |
        | delete_empty_drafts_migration    | the system manager  |
        | delete_empty_drafts_migration    | the read-only admin |
        | delete_empty_drafts_migration    | a plain user        |
        | refresh_materialized_views       | the system admin    |
        | refresh_materialized_views       | the system manager  |
        | refresh_materialized_views       | the read-only admin |
        | refresh_materialized_views       | a plain user        |
        | delete_orphan_drafts_migration   | the system admin    |
        | delete_orphan_drafts_migration   | the system manager  |
        | delete_orphan_drafts_migration   | the read-only admin |
        | delete_orphan_drafts_migration   | a plain user        |
        | export_users_to_csv              | the system admin    |
        | export_users_to_csv              | the system manager  |
        | export_users_to_csv              | the read-only admin |
        | export_users_to_csv              | a plain user        |
        | delete_dms_preferences_migration | the system admin    |
        | delete_dms_preferences_migration | the system manager  |
        | delete_dms_preferences_migration | the read-only admin |
        | delete_dms_preferences_migration | a plain user        |
        | push_proxy_auth                  | the system admin    |
        | push_proxy_auth                  | the system manager  |
        | push_proxy_auth                  | the read-only admin |
        | push_proxy_auth                  | a plain user        |
        | not_a_job_type                   | the system admin    |
        | not_a_job_type                   | the system manager  |
        | not_a_job_type                   | the read-only admin |
        | not_a_job_type                   | a plain user        |
        |                                  | the system admin    |
        |                                  | the system manager  |
        |                                  | the read-only admin |
        |                                  | a plain user        |

    Scenario Outline: Listing the jobs of a type takes its read permission
      When <actor> lists the jobs of type "<type>"
      Then the request is <verdict>

      @must @JOBS-PERM-002
      Examples: read_jobs types
        | type                    | actor               | verdict   |
        | migrations              | the system admin    | allowed   |
        | migrations              | the system manager  | forbidden |
        | migrations              | the read-only admin | forbidden |
        | migrations              | a plain user        | forbidden |
        | plugins                 | the system admin    | allowed   |
        | plugins                 | the system manager  | forbidden |
        | plugins                 | the read-only admin | forbidden |
        | plugins                 | a plain user        | forbidden |
        | product_notices         | the system admin    | allowed   |
        | product_notices         | the system manager  | forbidden |
        | product_notices         | the read-only admin | forbidden |
        | product_notices         | a plain user        | forbidden |
        | expiry_notify           | the system admin    | allowed   |
        | expiry_notify           | the system manager  | forbidden |
        | expiry_notify           | the read-only admin | forbidden |
        | expiry_notify           | a plain user        | forbidden |
        | active_users            | the system admin    | allowed   |
        | active_users            | the system manager  | forbidden |
        | active_users            | the read-only admin | forbidden |
        | active_users            | a plain user        | forbidden |
        | import_process          | the system admin    | allowed   |
        | import_process          | the system manager  | forbidden |
        | import_process          | the read-only admin | forbidden |
        | import_process          | a plain user        | forbidden |
        | import_delete           | the system admin    | allowed   |
        | import_delete           | the system manager  | forbidden |
        | import_delete           | the read-only admin | forbidden |
        | import_delete           | a plain user        | forbidden |
        | export_process          | the system admin    | allowed   |
        | export_process          | the system manager  | forbidden |
        | export_process          | the read-only admin | forbidden |
        | export_process          | a plain user        | forbidden |
        | export_delete           | the system admin    | allowed   |
        | export_delete           | the system manager  | forbidden |
        | export_delete           | the read-only admin | forbidden |
        | export_delete           | a plain user        | forbidden |
        | cloud                   | the system admin    | allowed   |
        | cloud                   | the system manager  | forbidden |
        | cloud                   | the read-only admin | forbidden |
        | cloud                   | a plain user        | forbidden |
        | extract_content         | the system admin    | allowed   |
        | extract_content         | the system manager  | forbidden |
        | extract_content         | the read-only admin | forbidden |
        | extract_content         | a plain user        | forbidden |
        | mobile_session_metadata | the system admin    | allowed   |
        | mobile_session_metadata | the system manager  | forbidden |
        | mobile_session_metadata | the read-only admin | forbidden |
        | mobile_session_metadata | a plain user        | forbidden |

      @must @JOBS-PERM-002
      Examples: data retention (read_data_retention_job)
        | type           | actor               | verdict   |
        | data_retention | the system admin    | allowed   |
        | data_retention | the system manager  | forbidden |
        | data_retention | the read-only admin | allowed   |
        | data_retention | a plain user        | forbidden |

      @must @JOBS-PERM-002
      Examples: compliance export (read_compliance_export_job)
        | type           | actor               | verdict   |
        | message_export | the system admin    | allowed   |
        | message_export | the system manager  | forbidden |
        | message_export | the read-only admin | allowed   |
        | message_export | a plain user        | forbidden |

      @must @JOBS-PERM-002
      Examples: elasticsearch (read_elasticsearch_post_indexing_job, read_elasticsearch_post_aggregation_job)
        | type                           | actor               | verdict   |
        | elasticsearch_post_indexing    | the system admin    | allowed   |
        | elasticsearch_post_indexing    | the system manager  | allowed   |
        | elasticsearch_post_indexing    | the read-only admin | allowed   |
        | elasticsearch_post_indexing    | a plain user        | forbidden |
        | elasticsearch_post_aggregation | the system admin    | allowed   |
        | elasticsearch_post_aggregation | the system manager  | allowed   |
        | elasticsearch_post_aggregation | the read-only admin | allowed   |
        | elasticsearch_post_aggregation | a plain user        | forbidden |

      @must @JOBS-PERM-002
      Examples: ldap (read_ldap_sync_job)
        | type      | actor               | verdict   |
        | ldap_sync | the system admin    | allowed   |
        | ldap_sync | the system manager  | allowed   |
        | ldap_sync | the read-only admin | allowed   |
        | ldap_sync | a plain user        | forbidden |

      @must @JOBS-PERM-002
      Examples: access control (manage_system)
        | type                | actor               | verdict   |
        | access_control_sync | the system admin    | allowed   |
        | access_control_sync | the system manager  | forbidden |
        | access_control_sync | the read-only admin | forbidden |
        | access_control_sync | a plain user        | forbidden |

    # The empty type is not listed here: an empty type segment matches no route at all (see routing_and_headers).
    Scenario Outline: Listing the jobs of a type without a read permission is refused to everyone
      When <actor> lists the jobs of type "<type>"
      Then the request is refused for a type without read permissions

      # not_a_job_type stands for any type the server does not know
      @must @JOBS-PERM-003
      Examples: no mapping
        | type                             | actor               |
        | cli_message_export               | the system admin    |
        | cli_message_export               | the system manager  |
        | cli_message_export               | the read-only admin |
        | cli_message_export               | a plain user        |
        | resend_invitation_email          | the system admin    |
        | resend_invitation_email          | the system manager  |
        | resend_invitation_email          | the read-only admin |
        | resend_invitation_email          | a plain user        |
        | last_accessible_post             | the system admin    |
        | last_accessible_post             | the system manager  |
        | last_accessible_post             | the read-only admin |
        | last_accessible_post             | a plain user        |
        | last_accessible_file             | the system admin    |
        | last_accessible_file             | the system manager  |
        | last_accessible_file             | the read-only admin |
        | last_accessible_file             | a plain user        |
        | upgrade_notify_admin             | the system admin    |
        | upgrade_notify_admin             | the system manager  |
        | upgrade_notify_admin             | the read-only admin |
        | upgrade_notify_admin             | a plain user        |
        | trial_notify_admin               | the system admin    |
        | trial_notify_admin               | the system manager  |
        | trial_notify_admin               | the read-only admin |
        | trial_notify_admin               | a plain user        |
        | post_persistent_notifications    | the system admin    |
        | post_persistent_notifications    | the system manager  |
        | post_persistent_notifications    | the read-only admin |
        | post_persistent_notifications    | a plain user        |
        | install_plugin_notify_admin      | the system admin    |
        | install_plugin_notify_admin      | the system manager  |
        | install_plugin_notify_admin      | the read-only admin |
        | install_plugin_notify_admin      | a plain user        |
        | hosted_purchase_screening        | the system admin    |
        | hosted_purchase_screening        | the system manager  |
        | hosted_purchase_screening        | the read-only admin |
        | hosted_purchase_screening        | a plain user        |
        | s3_path_migration                | the system admin    |
        | s3_path_migration                | the system manager  |
        | s3_path_migration                | the read-only admin |
        | s3_path_migration                | a plain user        |
        | cleanup_desktop_tokens           | the system admin    |
        | cleanup_desktop_tokens           | the system manager  |
        | cleanup_desktop_tokens           | the read-only admin |
        | cleanup_desktop_tokens           | a plain user        |
        | delete_empty_drafts_migration    | the system admin    |
        | delete_empty_drafts_migration    | the system manager  |
        | delete_empty_drafts_migration    | the read-only admin |
        | delete_empty_drafts_migration    | a plain user        |
        | refresh_materialized_views       | the system admin    |
        | refresh_materialized_views       | the system manager  |
        | refresh_materialized_views       | the read-only admin |
        | refresh_materialized_views       | a plain user        |
        | delete_orphan_drafts_migration   | the system admin    |
        | delete_orphan_drafts_migration   | the system manager  |
        | delete_orphan_drafts_migration   | the read-only admin |
        | delete_orphan_drafts_migration   | a plain user        |
        | export_users_to_csv              | the system admin    |
        | export_users_to_csv              | the system manager  |
        | export_users_to_csv              | the read-only admin |
        | export_users_to_csv              | a plain user        |
        | delete_dms_preferences_migration | the system admin    |
        | delete_dms_preferences_migration | the system manager  |
        | delete_dms_preferences_migration | the read-only admin |
        | delete_dms_preferences_migration | a plain user        |
        | push_proxy_auth                  | the system admin    |
        | push_proxy_auth                  | the system manager  |
        | push_proxy_auth                  | the read-only admin |
        | push_proxy_auth                  | a plain user        |
        | not_a_job_type                   | the system admin    |
        | not_a_job_type                   | the system manager  |
        | not_a_job_type                   | the read-only admin |
        | not_a_job_type                   | a plain user        |

  Rule: Creating a job takes the create permission of its type

    Scenario Outline: Creating a job takes the create permission of its type
      When <actor> creates a "<type>" job
      Then the request is <verdict>

      @must @JOBS-PERM-004
      Examples: manage_jobs types, denied
        | type            | actor               | verdict   |
        | migrations      | the system manager  | forbidden |
        | migrations      | the read-only admin | forbidden |
        | migrations      | a plain user        | forbidden |
        | plugins         | the system manager  | forbidden |
        | plugins         | the read-only admin | forbidden |
        | plugins         | a plain user        | forbidden |
        | product_notices | the system manager  | forbidden |
        | product_notices | the read-only admin | forbidden |
        | product_notices | a plain user        | forbidden |
        | expiry_notify   | the system manager  | forbidden |
        | expiry_notify   | the read-only admin | forbidden |
        | expiry_notify   | a plain user        | forbidden |
        | active_users    | the system manager  | forbidden |
        | active_users    | the read-only admin | forbidden |
        | active_users    | a plain user        | forbidden |
        | import_process  | the system manager  | forbidden |
        | import_process  | the read-only admin | forbidden |
        | import_process  | a plain user        | forbidden |
        | import_delete   | the system manager  | forbidden |
        | import_delete   | the read-only admin | forbidden |
        | import_delete   | a plain user        | forbidden |
        | export_process  | the system manager  | forbidden |
        | export_process  | the read-only admin | forbidden |
        | export_process  | a plain user        | forbidden |
        | export_delete   | the system manager  | forbidden |
        | export_delete   | the read-only admin | forbidden |
        | export_delete   | a plain user        | forbidden |
        | extract_content | the system manager  | forbidden |
        | extract_content | the read-only admin | forbidden |
        | extract_content | a plain user        | forbidden |

      # @mock-only: a real-server run creates jobs of its configured type only, and these are allowed creations
      @mock-only @must @JOBS-PERM-004
      Examples: manage_jobs types, granted
        | type            | actor            | verdict                     |
        | migrations      | the system admin | allowed and creates the job |
        | plugins         | the system admin | allowed and creates the job |
        | product_notices | the system admin | allowed and creates the job |
        | expiry_notify   | the system admin | allowed and creates the job |
        | active_users    | the system admin | allowed and creates the job |
        | import_process  | the system admin | allowed and creates the job |
        | import_delete   | the system admin | allowed and creates the job |
        | export_process  | the system admin | allowed and creates the job |
        | export_delete   | the system admin | allowed and creates the job |
        | extract_content | the system admin | allowed and creates the job |

      @must @JOBS-PERM-004
      Examples: data retention (create_data_retention_job), denied
        | type           | actor               | verdict   |
        | data_retention | the system manager  | forbidden |
        | data_retention | the read-only admin | forbidden |
        | data_retention | a plain user        | forbidden |

      # @mock-only: a real-server run creates jobs of its configured type only, and these are allowed creations
      @mock-only @must @JOBS-PERM-004
      Examples: data retention (create_data_retention_job), granted
        | type           | actor            | verdict                     |
        | data_retention | the system admin | allowed and creates the job |

      @must @JOBS-PERM-004
      Examples: compliance export (create_compliance_export_job), denied
        | type           | actor               | verdict   |
        | message_export | the system manager  | forbidden |
        | message_export | the read-only admin | forbidden |
        | message_export | a plain user        | forbidden |

      # @mock-only: a real-server run creates jobs of its configured type only, and these are allowed creations
      @mock-only @must @JOBS-PERM-004
      Examples: compliance export (create_compliance_export_job), granted
        | type           | actor            | verdict                     |
        | message_export | the system admin | allowed and creates the job |

      @must @JOBS-PERM-004
      Examples: elasticsearch (create_elasticsearch_post_indexing_job, create_elasticsearch_post_aggregation_job), denied
        | type                           | actor               | verdict   |
        | elasticsearch_post_indexing    | the read-only admin | forbidden |
        | elasticsearch_post_indexing    | a plain user        | forbidden |
        | elasticsearch_post_aggregation | the read-only admin | forbidden |
        | elasticsearch_post_aggregation | a plain user        | forbidden |

      # @mock-only: a real-server run creates jobs of its configured type only, and these are allowed creations
      @mock-only @must @JOBS-PERM-004
      Examples: elasticsearch (create_elasticsearch_post_indexing_job, create_elasticsearch_post_aggregation_job), granted
        | type                           | actor              | verdict                     |
        | elasticsearch_post_indexing    | the system admin   | allowed and creates the job |
        | elasticsearch_post_indexing    | the system manager | allowed and creates the job |
        | elasticsearch_post_aggregation | the system admin   | allowed and creates the job |
        | elasticsearch_post_aggregation | the system manager | allowed and creates the job |

      @must @JOBS-PERM-004
      Examples: ldap (create_ldap_sync_job), denied
        | type      | actor               | verdict   |
        | ldap_sync | the system manager  | forbidden |
        | ldap_sync | the read-only admin | forbidden |
        | ldap_sync | a plain user        | forbidden |

      # @mock-only: a real-server run creates jobs of its configured type only, and these are allowed creations
      @mock-only @must @JOBS-PERM-004
      Examples: ldap (create_ldap_sync_job), granted
        | type      | actor            | verdict                     |
        | ldap_sync | the system admin | allowed and creates the job |

      @must @JOBS-PERM-004
      Examples: access control (manage_system), denied
        | type                | actor               | verdict   |
        | access_control_sync | the system manager  | forbidden |
        | access_control_sync | the read-only admin | forbidden |
        | access_control_sync | a plain user        | forbidden |

      # @mock-only: a real-server run creates jobs of its configured type only, and these are allowed creations
      @mock-only @must @JOBS-PERM-004
      Examples: access control (manage_system), granted
        | type                | actor            | verdict                     |
        | access_control_sync | the system admin | allowed and creates the job |

    Scenario Outline: A creatable type without a worker passes the permission check and is refused by the job server
      When <actor> creates a "<type>" job
      Then the request is <verdict>

      @must @JOBS-PERM-006
      Examples: cloud (manage_jobs), which no server registers a worker for
        | type  | actor               | verdict                             |
        | cloud | the system admin    | refused for a type without a worker |
        | cloud | the system manager  | forbidden                           |
        | cloud | the read-only admin | forbidden                           |
        | cloud | a plain user        | forbidden                           |

    Scenario Outline: A type without a create permission cannot be created by anyone
      When <actor> creates a "<type>" job
      Then the request is refused for a type that cannot be created

      @must @JOBS-PERM-005
      Examples: mobile session metadata, readable only
        | type                    | actor               |
        | mobile_session_metadata | the system admin    |
        | mobile_session_metadata | the system manager  |
        | mobile_session_metadata | the read-only admin |
        | mobile_session_metadata | a plain user        |

      # the empty cell is the empty type ""; not_a_job_type stands for any type the server does not know
      @must @JOBS-PERM-005
      Examples: no mapping
        | type                             | actor               |
        | cli_message_export               | the system admin    |
        | cli_message_export               | the system manager  |
        | cli_message_export               | the read-only admin |
        | cli_message_export               | a plain user        |
        | resend_invitation_email          | the system admin    |
        | resend_invitation_email          | the system manager  |
        | resend_invitation_email          | the read-only admin |
        | resend_invitation_email          | a plain user        |
        | last_accessible_post             | the system admin    |
        | last_accessible_post             | the system manager  |
        | last_accessible_post             | the read-only admin |
        | last_accessible_post             | a plain user        |
        | last_accessible_file             | the system admin    |
        | last_accessible_file             | the system manager  |
        | last_accessible_file             | the read-only admin |
        | last_accessible_file             | a plain user        |
        | upgrade_notify_admin             | the system admin    |
        | upgrade_notify_admin             | the system manager  |
        | upgrade_notify_admin             | the read-only admin |
        | upgrade_notify_admin             | a plain user        |
        | trial_notify_admin               | the system admin    |
        | trial_notify_admin               | the system manager  |
        | trial_notify_admin               | the read-only admin |
        | trial_notify_admin               | a plain user        |
        | post_persistent_notifications    | the system admin    |
        | post_persistent_notifications    | the system manager  |
        | post_persistent_notifications    | the read-only admin |
        | post_persistent_notifications    | a plain user        |
        | install_plugin_notify_admin      | the system admin    |
        | install_plugin_notify_admin      | the system manager  |
        | install_plugin_notify_admin      | the read-only admin |
        | install_plugin_notify_admin      | a plain user        |
        | hosted_purchase_screening        | the system admin    |
        | hosted_purchase_screening        | the system manager  |
        | hosted_purchase_screening        | the read-only admin |
        | hosted_purchase_screening        | a plain user        |
        | s3_path_migration                | the system admin    |
        | s3_path_migration                | the system manager  |
        | s3_path_migration                | the read-only admin |
        | s3_path_migration                | a plain user        |
        | cleanup_desktop_tokens           | the system admin    |
        | cleanup_desktop_tokens           | the system manager  |
        | cleanup_desktop_tokens           | the read-only admin |
        | cleanup_desktop_tokens           | a plain user        |
        | delete_empty_drafts_migration    | the system admin    |
        | delete_empty_drafts_migration    | the system manager  |
        | delete_empty_drafts_migration    | the read-only admin |
        | delete_empty_drafts_migration    | a plain user        |
        | refresh_materialized_views       | the system admin    |
        | refresh_materialized_views       | the system manager  |
        | refresh_materialized_views       | the read-only admin |
        | refresh_materialized_views       | a plain user        |
        | delete_orphan_drafts_migration   | the system admin    |
        | delete_orphan_drafts_migration   | the system manager  |
        | delete_orphan_drafts_migration   | the read-only admin |
        | delete_orphan_drafts_migration   | a plain user        |
        | export_users_to_csv              | the system admin    |
        | export_users_to_csv              | the system manager  |
        | export_users_to_csv              | the read-only admin |
        | export_users_to_csv              | a plain user        |
        | delete_dms_preferences_migration | the system admin    |
        | delete_dms_preferences_migration | the system manager  |
        | delete_dms_preferences_migration | the read-only admin |
        | delete_dms_preferences_migration | a plain user        |
        | push_proxy_auth                  | the system admin    |
        | push_proxy_auth                  | the system manager  |
        | push_proxy_auth                  | the read-only admin |
        | push_proxy_auth                  | a plain user        |
        | not_a_job_type                   | the system admin    |
        | not_a_job_type                   | the system manager  |
        | not_a_job_type                   | the read-only admin |
        | not_a_job_type                   | a plain user        |
        |                                  | the system admin    |
        |                                  | the system manager  |
        |                                  | the read-only admin |
        |                                  | a plain user        |

  Rule: Cancelling a job takes the create permission of its type, as upstream says: "if permission to create, permission to cancel"

    # @mock-only: the job of each type is seeded through the mock's control plane
    @mock-only
    Scenario Outline: Cancelling a job takes the create permission of its type
      Given a job of type "<type>" with status pending
      When <actor> cancels the job
      Then the request is <verdict>

      @must @JOBS-PERM-007
      Examples: manage_jobs types
        | type            | actor               | verdict   |
        | migrations      | the system admin    | allowed   |
        | migrations      | the system manager  | forbidden |
        | migrations      | the read-only admin | forbidden |
        | migrations      | a plain user        | forbidden |
        | plugins         | the system admin    | allowed   |
        | plugins         | the system manager  | forbidden |
        | plugins         | the read-only admin | forbidden |
        | plugins         | a plain user        | forbidden |
        | product_notices | the system admin    | allowed   |
        | product_notices | the system manager  | forbidden |
        | product_notices | the read-only admin | forbidden |
        | product_notices | a plain user        | forbidden |
        | expiry_notify   | the system admin    | allowed   |
        | expiry_notify   | the system manager  | forbidden |
        | expiry_notify   | the read-only admin | forbidden |
        | expiry_notify   | a plain user        | forbidden |
        | active_users    | the system admin    | allowed   |
        | active_users    | the system manager  | forbidden |
        | active_users    | the read-only admin | forbidden |
        | active_users    | a plain user        | forbidden |
        | import_process  | the system admin    | allowed   |
        | import_process  | the system manager  | forbidden |
        | import_process  | the read-only admin | forbidden |
        | import_process  | a plain user        | forbidden |
        | import_delete   | the system admin    | allowed   |
        | import_delete   | the system manager  | forbidden |
        | import_delete   | the read-only admin | forbidden |
        | import_delete   | a plain user        | forbidden |
        | export_process  | the system admin    | allowed   |
        | export_process  | the system manager  | forbidden |
        | export_process  | the read-only admin | forbidden |
        | export_process  | a plain user        | forbidden |
        | export_delete   | the system admin    | allowed   |
        | export_delete   | the system manager  | forbidden |
        | export_delete   | the read-only admin | forbidden |
        | export_delete   | a plain user        | forbidden |
        | cloud           | the system admin    | allowed   |
        | cloud           | the system manager  | forbidden |
        | cloud           | the read-only admin | forbidden |
        | cloud           | a plain user        | forbidden |
        | extract_content | the system admin    | allowed   |
        | extract_content | the system manager  | forbidden |
        | extract_content | the read-only admin | forbidden |
        | extract_content | a plain user        | forbidden |

      @must @JOBS-PERM-007
      Examples: data retention (create_data_retention_job)
        | type           | actor               | verdict   |
        | data_retention | the system admin    | allowed   |
        | data_retention | the system manager  | forbidden |
        | data_retention | the read-only admin | forbidden |
        | data_retention | a plain user        | forbidden |

      @must @JOBS-PERM-007
      Examples: compliance export (create_compliance_export_job)
        | type           | actor               | verdict   |
        | message_export | the system admin    | allowed   |
        | message_export | the system manager  | forbidden |
        | message_export | the read-only admin | forbidden |
        | message_export | a plain user        | forbidden |

      @must @JOBS-PERM-007
      Examples: elasticsearch (create_elasticsearch_post_indexing_job, create_elasticsearch_post_aggregation_job)
        | type                           | actor               | verdict   |
        | elasticsearch_post_indexing    | the system admin    | allowed   |
        | elasticsearch_post_indexing    | the system manager  | allowed   |
        | elasticsearch_post_indexing    | the read-only admin | forbidden |
        | elasticsearch_post_indexing    | a plain user        | forbidden |
        | elasticsearch_post_aggregation | the system admin    | allowed   |
        | elasticsearch_post_aggregation | the system manager  | allowed   |
        | elasticsearch_post_aggregation | the read-only admin | forbidden |
        | elasticsearch_post_aggregation | a plain user        | forbidden |

      @must @JOBS-PERM-007
      Examples: ldap (create_ldap_sync_job)
        | type      | actor               | verdict   |
        | ldap_sync | the system admin    | allowed   |
        | ldap_sync | the system manager  | forbidden |
        | ldap_sync | the read-only admin | forbidden |
        | ldap_sync | a plain user        | forbidden |

      @must @JOBS-PERM-007
      Examples: access control (manage_system)
        | type                | actor               | verdict   |
        | access_control_sync | the system admin    | allowed   |
        | access_control_sync | the system manager  | forbidden |
        | access_control_sync | the read-only admin | forbidden |
        | access_control_sync | a plain user        | forbidden |

    # @mock-only: the job of each type is seeded through the mock's control plane
    @mock-only
    Scenario Outline: A job whose type has no create permission cannot be cancelled by anyone
      Given a job of type "<type>" with status pending
      When <actor> cancels the job
      Then the request is refused for a type that cannot be created

      @must @JOBS-PERM-008
      Examples: mobile session metadata, readable only
        | type                    | actor               |
        | mobile_session_metadata | the system admin    |
        | mobile_session_metadata | the system manager  |
        | mobile_session_metadata | the read-only admin |
        | mobile_session_metadata | a plain user        |

      # the empty cell is the empty type ""; not_a_job_type stands for any type the server does not know
      @must @JOBS-PERM-008
      Examples: no mapping
        | type                             | actor               |
        | cli_message_export               | the system admin    |
        | cli_message_export               | the system manager  |
        | cli_message_export               | the read-only admin |
        | cli_message_export               | a plain user        |
        | resend_invitation_email          | the system admin    |
        | resend_invitation_email          | the system manager  |
        | resend_invitation_email          | the read-only admin |
        | resend_invitation_email          | a plain user        |
        | last_accessible_post             | the system admin    |
        | last_accessible_post             | the system manager  |
        | last_accessible_post             | the read-only admin |
        | last_accessible_post             | a plain user        |
        | last_accessible_file             | the system admin    |
        | last_accessible_file             | the system manager  |
        | last_accessible_file             | the read-only admin |
        | last_accessible_file             | a plain user        |
        | upgrade_notify_admin             | the system admin    |
        | upgrade_notify_admin             | the system manager  |
        | upgrade_notify_admin             | the read-only admin |
        | upgrade_notify_admin             | a plain user        |
        | trial_notify_admin               | the system admin    |
        | trial_notify_admin               | the system manager  |
        | trial_notify_admin               | the read-only admin |
        | trial_notify_admin               | a plain user        |
        | post_persistent_notifications    | the system admin    |
        | post_persistent_notifications    | the system manager  |
        | post_persistent_notifications    | the read-only admin |
        | post_persistent_notifications    | a plain user        |
        | install_plugin_notify_admin      | the system admin    |
        | install_plugin_notify_admin      | the system manager  |
        | install_plugin_notify_admin      | the read-only admin |
        | install_plugin_notify_admin      | a plain user        |
        | hosted_purchase_screening        | the system admin    |
        | hosted_purchase_screening        | the system manager  |
        | hosted_purchase_screening        | the read-only admin |
        | hosted_purchase_screening        | a plain user        |
        | s3_path_migration                | the system admin    |
        | s3_path_migration                | the system manager  |
        | s3_path_migration                | the read-only admin |
        | s3_path_migration                | a plain user        |
        | cleanup_desktop_tokens           | the system admin    |
        | cleanup_desktop_tokens           | the system manager  |
        | cleanup_desktop_tokens           | the read-only admin |
        | cleanup_desktop_tokens           | a plain user        |
        | delete_empty_drafts_migration    | the system admin    |
        | delete_empty_drafts_migration    | the system manager  |
        | delete_empty_drafts_migration    | the read-only admin |
        | delete_empty_drafts_migration    | a plain user        |
        | refresh_materialized_views       | the system admin    |
        | refresh_materialized_views       | the system manager  |
        | refresh_materialized_views       | the read-only admin |
        | refresh_materialized_views       | a plain user        |
        | delete_orphan_drafts_migration   | the system admin    |
        | delete_orphan_drafts_migration   | the system manager  |
        | delete_orphan_drafts_migration   | the read-only admin |
        | delete_orphan_drafts_migration   | a plain user        |
        | export_users_to_csv              | the system admin    |
        | export_users_to_csv              | the system manager  |
        | export_users_to_csv              | the read-only admin |
        | export_users_to_csv              | a plain user        |
        | delete_dms_preferences_migration | the system admin    |
        | delete_dms_preferences_migration | the system manager  |
        | delete_dms_preferences_migration | the read-only admin |
        | delete_dms_preferences_migration | a plain user        |
        | push_proxy_auth                  | the system admin    |
        | push_proxy_auth                  | the system manager  |
        | push_proxy_auth                  | the read-only admin |
        | push_proxy_auth                  | a plain user        |
        | not_a_job_type                   | the system admin    |
        | not_a_job_type                   | the system manager  |
        | not_a_job_type                   | the read-only admin |
        | not_a_job_type                   | a plain user        |
        |                                  | the system admin    |
        |                                  | the system manager  |
        |                                  | the read-only admin |
        |                                  | a plain user        |

  Rule: Changing a job's status takes the manage permission of its type

    # @mock-only: the job of each type is seeded through the mock's control plane
    @mock-only
    Scenario Outline: Changing a job's status takes the manage permission of its type
      Given a job of type "<type>" with status pending
      When <actor> changes the job's status to cancel_requested
      Then the request is <verdict>

      @must @JOBS-PERM-009
      Examples: manage_jobs types
        | type            | actor               | verdict   |
        | migrations      | the system admin    | allowed   |
        | migrations      | the system manager  | forbidden |
        | migrations      | the read-only admin | forbidden |
        | migrations      | a plain user        | forbidden |
        | plugins         | the system admin    | allowed   |
        | plugins         | the system manager  | forbidden |
        | plugins         | the read-only admin | forbidden |
        | plugins         | a plain user        | forbidden |
        | product_notices | the system admin    | allowed   |
        | product_notices | the system manager  | forbidden |
        | product_notices | the read-only admin | forbidden |
        | product_notices | a plain user        | forbidden |
        | expiry_notify   | the system admin    | allowed   |
        | expiry_notify   | the system manager  | forbidden |
        | expiry_notify   | the read-only admin | forbidden |
        | expiry_notify   | a plain user        | forbidden |
        | active_users    | the system admin    | allowed   |
        | active_users    | the system manager  | forbidden |
        | active_users    | the read-only admin | forbidden |
        | active_users    | a plain user        | forbidden |
        | import_process  | the system admin    | allowed   |
        | import_process  | the system manager  | forbidden |
        | import_process  | the read-only admin | forbidden |
        | import_process  | a plain user        | forbidden |
        | import_delete   | the system admin    | allowed   |
        | import_delete   | the system manager  | forbidden |
        | import_delete   | the read-only admin | forbidden |
        | import_delete   | a plain user        | forbidden |
        | export_process  | the system admin    | allowed   |
        | export_process  | the system manager  | forbidden |
        | export_process  | the read-only admin | forbidden |
        | export_process  | a plain user        | forbidden |
        | export_delete   | the system admin    | allowed   |
        | export_delete   | the system manager  | forbidden |
        | export_delete   | the read-only admin | forbidden |
        | export_delete   | a plain user        | forbidden |
        | cloud           | the system admin    | allowed   |
        | cloud           | the system manager  | forbidden |
        | cloud           | the read-only admin | forbidden |
        | cloud           | a plain user        | forbidden |
        | extract_content | the system admin    | allowed   |
        | extract_content | the system manager  | forbidden |
        | extract_content | the read-only admin | forbidden |
        | extract_content | a plain user        | forbidden |

      @must @JOBS-PERM-009
      Examples: data retention (manage_data_retention_job)
        | type           | actor               | verdict   |
        | data_retention | the system admin    | allowed   |
        | data_retention | the system manager  | forbidden |
        | data_retention | the read-only admin | forbidden |
        | data_retention | a plain user        | forbidden |

      @must @JOBS-PERM-009
      Examples: compliance export (manage_compliance_export_job)
        | type           | actor               | verdict   |
        | message_export | the system admin    | allowed   |
        | message_export | the system manager  | forbidden |
        | message_export | the read-only admin | forbidden |
        | message_export | a plain user        | forbidden |

      @must @JOBS-PERM-009
      Examples: elasticsearch (manage_elasticsearch_post_indexing_job, manage_elasticsearch_post_aggregation_job)
        | type                           | actor               | verdict   |
        | elasticsearch_post_indexing    | the system admin    | allowed   |
        | elasticsearch_post_indexing    | the system manager  | allowed   |
        | elasticsearch_post_indexing    | the read-only admin | forbidden |
        | elasticsearch_post_indexing    | a plain user        | forbidden |
        | elasticsearch_post_aggregation | the system admin    | allowed   |
        | elasticsearch_post_aggregation | the system manager  | allowed   |
        | elasticsearch_post_aggregation | the read-only admin | forbidden |
        | elasticsearch_post_aggregation | a plain user        | forbidden |

      @must @JOBS-PERM-009
      Examples: ldap (manage_ldap_sync_job)
        | type      | actor               | verdict   |
        | ldap_sync | the system admin    | allowed   |
        | ldap_sync | the system manager  | forbidden |
        | ldap_sync | the read-only admin | forbidden |
        | ldap_sync | a plain user        | forbidden |

      @must @JOBS-PERM-009
      Examples: access control (manage_system)
        | type                | actor               | verdict   |
        | access_control_sync | the system admin    | allowed   |
        | access_control_sync | the system manager  | forbidden |
        | access_control_sync | the read-only admin | forbidden |
        | access_control_sync | a plain user        | forbidden |

    # @mock-only: the job of each type is seeded through the mock's control plane
    @mock-only
    Scenario Outline: A job whose type has no manage permission cannot be given a new status by anyone
      Given a job of type "<type>" with status pending
      When <actor> changes the job's status to cancel_requested
      Then the request is refused for a type that cannot be managed

      @must @JOBS-PERM-010
      Examples: mobile session metadata, readable only
        | type                    | actor               |
        | mobile_session_metadata | the system admin    |
        | mobile_session_metadata | the system manager  |
        | mobile_session_metadata | the read-only admin |
        | mobile_session_metadata | a plain user        |

      # the empty cell is the empty type ""; not_a_job_type stands for any type the server does not know
      @must @JOBS-PERM-010
      Examples: no mapping
        | type                             | actor               |
        | cli_message_export               | the system admin    |
        | cli_message_export               | the system manager  |
        | cli_message_export               | the read-only admin |
        | cli_message_export               | a plain user        |
        | resend_invitation_email          | the system admin    |
        | resend_invitation_email          | the system manager  |
        | resend_invitation_email          | the read-only admin |
        | resend_invitation_email          | a plain user        |
        | last_accessible_post             | the system admin    |
        | last_accessible_post             | the system manager  |
        | last_accessible_post             | the read-only admin |
        | last_accessible_post             | a plain user        |
        | last_accessible_file             | the system admin    |
        | last_accessible_file             | the system manager  |
        | last_accessible_file             | the read-only admin |
        | last_accessible_file             | a plain user        |
        | upgrade_notify_admin             | the system admin    |
        | upgrade_notify_admin             | the system manager  |
        | upgrade_notify_admin             | the read-only admin |
        | upgrade_notify_admin             | a plain user        |
        | trial_notify_admin               | the system admin    |
        | trial_notify_admin               | the system manager  |
        | trial_notify_admin               | the read-only admin |
        | trial_notify_admin               | a plain user        |
        | post_persistent_notifications    | the system admin    |
        | post_persistent_notifications    | the system manager  |
        | post_persistent_notifications    | the read-only admin |
        | post_persistent_notifications    | a plain user        |
        | install_plugin_notify_admin      | the system admin    |
        | install_plugin_notify_admin      | the system manager  |
        | install_plugin_notify_admin      | the read-only admin |
        | install_plugin_notify_admin      | a plain user        |
        | hosted_purchase_screening        | the system admin    |
        | hosted_purchase_screening        | the system manager  |
        | hosted_purchase_screening        | the read-only admin |
        | hosted_purchase_screening        | a plain user        |
        | s3_path_migration                | the system admin    |
        | s3_path_migration                | the system manager  |
        | s3_path_migration                | the read-only admin |
        | s3_path_migration                | a plain user        |
        | cleanup_desktop_tokens           | the system admin    |
        | cleanup_desktop_tokens           | the system manager  |
        | cleanup_desktop_tokens           | the read-only admin |
        | cleanup_desktop_tokens           | a plain user        |
        | delete_empty_drafts_migration    | the system admin    |
        | delete_empty_drafts_migration    | the system manager  |
        | delete_empty_drafts_migration    | the read-only admin |
        | delete_empty_drafts_migration    | a plain user        |
        | refresh_materialized_views       | the system admin    |
        | refresh_materialized_views       | the system manager  |
        | refresh_materialized_views       | the read-only admin |
        | refresh_materialized_views       | a plain user        |
        | delete_orphan_drafts_migration   | the system admin    |
        | delete_orphan_drafts_migration   | the system manager  |
        | delete_orphan_drafts_migration   | the read-only admin |
        | delete_orphan_drafts_migration   | a plain user        |
        | export_users_to_csv              | the system admin    |
        | export_users_to_csv              | the system manager  |
        | export_users_to_csv              | the read-only admin |
        | export_users_to_csv              | a plain user        |
        | delete_dms_preferences_migration | the system admin    |
        | delete_dms_preferences_migration | the system manager  |
        | delete_dms_preferences_migration | the read-only admin |
        | delete_dms_preferences_migration | a plain user        |
        | push_proxy_auth                  | the system admin    |
        | push_proxy_auth                  | the system manager  |
        | push_proxy_auth                  | the read-only admin |
        | push_proxy_auth                  | a plain user        |
        | not_a_job_type                   | the system admin    |
        | not_a_job_type                   | the system manager  |
        | not_a_job_type                   | the read-only admin |
        | not_a_job_type                   | a plain user        |
        |                                  | the system admin    |
        |                                  | the system manager  |
        |                                  | the read-only admin |
        |                                  | a plain user        |

  Rule: Each job permission grants its own action on its own types, and nothing else

    # @mock-only: users holding one single permission are sessions added through the mock's control plane, and the
    # jobs of each type are seeded there
    @mock-only
    Scenario Outline: A user holding one job permission may do exactly what that permission grants
      Given a job of type "<type>" with status pending
      And a user whose only permission is <permission>
      When that user <action>
      Then the request is <verdict>
      @must @JOBS-PERM-013
      Examples: read_jobs and manage_jobs types
        | type            | permission  | action                    | verdict                             |
        | migrations      | read_jobs   | gets the job              | allowed                             |
        | migrations      | read_jobs   | creates a job of its type | forbidden                           |
        | migrations      | read_jobs   | cancels the job           | forbidden                           |
        | migrations      | read_jobs   | changes the job's status  | forbidden                           |
        | migrations      | manage_jobs | gets the job              | forbidden                           |
        | migrations      | manage_jobs | creates a job of its type | allowed and creates the job         |
        | migrations      | manage_jobs | cancels the job           | allowed                             |
        | migrations      | manage_jobs | changes the job's status  | allowed                             |
        | plugins         | read_jobs   | gets the job              | allowed                             |
        | plugins         | read_jobs   | creates a job of its type | forbidden                           |
        | plugins         | read_jobs   | cancels the job           | forbidden                           |
        | plugins         | read_jobs   | changes the job's status  | forbidden                           |
        | plugins         | manage_jobs | gets the job              | forbidden                           |
        | plugins         | manage_jobs | creates a job of its type | allowed and creates the job         |
        | plugins         | manage_jobs | cancels the job           | allowed                             |
        | plugins         | manage_jobs | changes the job's status  | allowed                             |
        | product_notices | read_jobs   | gets the job              | allowed                             |
        | product_notices | read_jobs   | creates a job of its type | forbidden                           |
        | product_notices | read_jobs   | cancels the job           | forbidden                           |
        | product_notices | read_jobs   | changes the job's status  | forbidden                           |
        | product_notices | manage_jobs | gets the job              | forbidden                           |
        | product_notices | manage_jobs | creates a job of its type | allowed and creates the job         |
        | product_notices | manage_jobs | cancels the job           | allowed                             |
        | product_notices | manage_jobs | changes the job's status  | allowed                             |
        | expiry_notify   | read_jobs   | gets the job              | allowed                             |
        | expiry_notify   | read_jobs   | creates a job of its type | forbidden                           |
        | expiry_notify   | read_jobs   | cancels the job           | forbidden                           |
        | expiry_notify   | read_jobs   | changes the job's status  | forbidden                           |
        | expiry_notify   | manage_jobs | gets the job              | forbidden                           |
        | expiry_notify   | manage_jobs | creates a job of its type | allowed and creates the job         |
        | expiry_notify   | manage_jobs | cancels the job           | allowed                             |
        | expiry_notify   | manage_jobs | changes the job's status  | allowed                             |
        | active_users    | read_jobs   | gets the job              | allowed                             |
        | active_users    | read_jobs   | creates a job of its type | forbidden                           |
        | active_users    | read_jobs   | cancels the job           | forbidden                           |
        | active_users    | read_jobs   | changes the job's status  | forbidden                           |
        | active_users    | manage_jobs | gets the job              | forbidden                           |
        | active_users    | manage_jobs | creates a job of its type | allowed and creates the job         |
        | active_users    | manage_jobs | cancels the job           | allowed                             |
        | active_users    | manage_jobs | changes the job's status  | allowed                             |
        | import_process  | read_jobs   | gets the job              | allowed                             |
        | import_process  | read_jobs   | creates a job of its type | forbidden                           |
        | import_process  | read_jobs   | cancels the job           | forbidden                           |
        | import_process  | read_jobs   | changes the job's status  | forbidden                           |
        | import_process  | manage_jobs | gets the job              | forbidden                           |
        | import_process  | manage_jobs | creates a job of its type | allowed and creates the job         |
        | import_process  | manage_jobs | cancels the job           | allowed                             |
        | import_process  | manage_jobs | changes the job's status  | allowed                             |
        | import_delete   | read_jobs   | gets the job              | allowed                             |
        | import_delete   | read_jobs   | creates a job of its type | forbidden                           |
        | import_delete   | read_jobs   | cancels the job           | forbidden                           |
        | import_delete   | read_jobs   | changes the job's status  | forbidden                           |
        | import_delete   | manage_jobs | gets the job              | forbidden                           |
        | import_delete   | manage_jobs | creates a job of its type | allowed and creates the job         |
        | import_delete   | manage_jobs | cancels the job           | allowed                             |
        | import_delete   | manage_jobs | changes the job's status  | allowed                             |
        | export_process  | read_jobs   | gets the job              | allowed                             |
        | export_process  | read_jobs   | creates a job of its type | forbidden                           |
        | export_process  | read_jobs   | cancels the job           | forbidden                           |
        | export_process  | read_jobs   | changes the job's status  | forbidden                           |
        | export_process  | manage_jobs | gets the job              | forbidden                           |
        | export_process  | manage_jobs | creates a job of its type | allowed and creates the job         |
        | export_process  | manage_jobs | cancels the job           | allowed                             |
        | export_process  | manage_jobs | changes the job's status  | allowed                             |
        | export_delete   | read_jobs   | gets the job              | allowed                             |
        | export_delete   | read_jobs   | creates a job of its type | forbidden                           |
        | export_delete   | read_jobs   | cancels the job           | forbidden                           |
        | export_delete   | read_jobs   | changes the job's status  | forbidden                           |
        | export_delete   | manage_jobs | gets the job              | forbidden                           |
        | export_delete   | manage_jobs | creates a job of its type | allowed and creates the job         |
        | export_delete   | manage_jobs | cancels the job           | allowed                             |
        | export_delete   | manage_jobs | changes the job's status  | allowed                             |
        | cloud           | read_jobs   | gets the job              | allowed                             |
        | cloud           | read_jobs   | creates a job of its type | forbidden                           |
        | cloud           | read_jobs   | cancels the job           | forbidden                           |
        | cloud           | read_jobs   | changes the job's status  | forbidden                           |
        | cloud           | manage_jobs | gets the job              | forbidden                           |
        | cloud           | manage_jobs | creates a job of its type | refused for a type without a worker |
        | cloud           | manage_jobs | cancels the job           | allowed                             |
        | cloud           | manage_jobs | changes the job's status  | allowed                             |
        | extract_content | read_jobs   | gets the job              | allowed                             |
        | extract_content | read_jobs   | creates a job of its type | forbidden                           |
        | extract_content | read_jobs   | cancels the job           | forbidden                           |
        | extract_content | read_jobs   | changes the job's status  | forbidden                           |
        | extract_content | manage_jobs | gets the job              | forbidden                           |
        | extract_content | manage_jobs | creates a job of its type | allowed and creates the job         |
        | extract_content | manage_jobs | cancels the job           | allowed                             |
        | extract_content | manage_jobs | changes the job's status  | allowed                             |

      @must @JOBS-PERM-013
      Examples: mobile session metadata, readable only
        | type                    | permission  | action                    | verdict                                   |
        | mobile_session_metadata | read_jobs   | gets the job              | allowed                                   |
        | mobile_session_metadata | read_jobs   | creates a job of its type | refused for a type that cannot be created |
        | mobile_session_metadata | read_jobs   | cancels the job           | refused for a type that cannot be created |
        | mobile_session_metadata | read_jobs   | changes the job's status  | refused for a type that cannot be managed |
        | mobile_session_metadata | manage_jobs | gets the job              | forbidden                                 |
        | mobile_session_metadata | manage_jobs | creates a job of its type | refused for a type that cannot be created |
        | mobile_session_metadata | manage_jobs | cancels the job           | refused for a type that cannot be created |
        | mobile_session_metadata | manage_jobs | changes the job's status  | refused for a type that cannot be managed |

      @must @JOBS-PERM-013
      Examples: data retention
        | type           | permission                | action                    | verdict                     |
        | data_retention | read_data_retention_job   | gets the job              | allowed                     |
        | data_retention | read_data_retention_job   | creates a job of its type | forbidden                   |
        | data_retention | read_data_retention_job   | cancels the job           | forbidden                   |
        | data_retention | read_data_retention_job   | changes the job's status  | forbidden                   |
        | data_retention | create_data_retention_job | gets the job              | forbidden                   |
        | data_retention | create_data_retention_job | creates a job of its type | allowed and creates the job |
        | data_retention | create_data_retention_job | cancels the job           | allowed                     |
        | data_retention | create_data_retention_job | changes the job's status  | forbidden                   |
        | data_retention | manage_data_retention_job | gets the job              | forbidden                   |
        | data_retention | manage_data_retention_job | creates a job of its type | forbidden                   |
        | data_retention | manage_data_retention_job | cancels the job           | forbidden                   |
        | data_retention | manage_data_retention_job | changes the job's status  | allowed                     |

      @must @JOBS-PERM-013
      Examples: compliance export
        | type           | permission                   | action                    | verdict                     |
        | message_export | read_compliance_export_job   | gets the job              | allowed                     |
        | message_export | read_compliance_export_job   | creates a job of its type | forbidden                   |
        | message_export | read_compliance_export_job   | cancels the job           | forbidden                   |
        | message_export | read_compliance_export_job   | changes the job's status  | forbidden                   |
        | message_export | create_compliance_export_job | gets the job              | forbidden                   |
        | message_export | create_compliance_export_job | creates a job of its type | allowed and creates the job |
        | message_export | create_compliance_export_job | cancels the job           | allowed                     |
        | message_export | create_compliance_export_job | changes the job's status  | forbidden                   |
        | message_export | manage_compliance_export_job | gets the job              | forbidden                   |
        | message_export | manage_compliance_export_job | creates a job of its type | forbidden                   |
        | message_export | manage_compliance_export_job | cancels the job           | forbidden                   |
        | message_export | manage_compliance_export_job | changes the job's status  | allowed                     |

      @must @JOBS-PERM-013
      Examples: elasticsearch post indexing
        | type                        | permission                             | action                    | verdict                     |
        | elasticsearch_post_indexing | read_elasticsearch_post_indexing_job   | gets the job              | allowed                     |
        | elasticsearch_post_indexing | read_elasticsearch_post_indexing_job   | creates a job of its type | forbidden                   |
        | elasticsearch_post_indexing | read_elasticsearch_post_indexing_job   | cancels the job           | forbidden                   |
        | elasticsearch_post_indexing | read_elasticsearch_post_indexing_job   | changes the job's status  | forbidden                   |
        | elasticsearch_post_indexing | create_elasticsearch_post_indexing_job | gets the job              | forbidden                   |
        | elasticsearch_post_indexing | create_elasticsearch_post_indexing_job | creates a job of its type | allowed and creates the job |
        | elasticsearch_post_indexing | create_elasticsearch_post_indexing_job | cancels the job           | allowed                     |
        | elasticsearch_post_indexing | create_elasticsearch_post_indexing_job | changes the job's status  | forbidden                   |
        | elasticsearch_post_indexing | manage_elasticsearch_post_indexing_job | gets the job              | forbidden                   |
        | elasticsearch_post_indexing | manage_elasticsearch_post_indexing_job | creates a job of its type | forbidden                   |
        | elasticsearch_post_indexing | manage_elasticsearch_post_indexing_job | cancels the job           | forbidden                   |
        | elasticsearch_post_indexing | manage_elasticsearch_post_indexing_job | changes the job's status  | allowed                     |

      @must @JOBS-PERM-013
      Examples: elasticsearch post aggregation
        | type                           | permission                                | action                    | verdict                     |
        | elasticsearch_post_aggregation | read_elasticsearch_post_aggregation_job   | gets the job              | allowed                     |
        | elasticsearch_post_aggregation | read_elasticsearch_post_aggregation_job   | creates a job of its type | forbidden                   |
        | elasticsearch_post_aggregation | read_elasticsearch_post_aggregation_job   | cancels the job           | forbidden                   |
        | elasticsearch_post_aggregation | read_elasticsearch_post_aggregation_job   | changes the job's status  | forbidden                   |
        | elasticsearch_post_aggregation | create_elasticsearch_post_aggregation_job | gets the job              | forbidden                   |
        | elasticsearch_post_aggregation | create_elasticsearch_post_aggregation_job | creates a job of its type | allowed and creates the job |
        | elasticsearch_post_aggregation | create_elasticsearch_post_aggregation_job | cancels the job           | allowed                     |
        | elasticsearch_post_aggregation | create_elasticsearch_post_aggregation_job | changes the job's status  | forbidden                   |
        | elasticsearch_post_aggregation | manage_elasticsearch_post_aggregation_job | gets the job              | forbidden                   |
        | elasticsearch_post_aggregation | manage_elasticsearch_post_aggregation_job | creates a job of its type | forbidden                   |
        | elasticsearch_post_aggregation | manage_elasticsearch_post_aggregation_job | cancels the job           | forbidden                   |
        | elasticsearch_post_aggregation | manage_elasticsearch_post_aggregation_job | changes the job's status  | allowed                     |

      @must @JOBS-PERM-013
      Examples: ldap
        | type      | permission           | action                    | verdict                     |
        | ldap_sync | read_ldap_sync_job   | gets the job              | allowed                     |
        | ldap_sync | read_ldap_sync_job   | creates a job of its type | forbidden                   |
        | ldap_sync | read_ldap_sync_job   | cancels the job           | forbidden                   |
        | ldap_sync | read_ldap_sync_job   | changes the job's status  | forbidden                   |
        | ldap_sync | create_ldap_sync_job | gets the job              | forbidden                   |
        | ldap_sync | create_ldap_sync_job | creates a job of its type | allowed and creates the job |
        | ldap_sync | create_ldap_sync_job | cancels the job           | allowed                     |
        | ldap_sync | create_ldap_sync_job | changes the job's status  | forbidden                   |
        | ldap_sync | manage_ldap_sync_job | gets the job              | forbidden                   |
        | ldap_sync | manage_ldap_sync_job | creates a job of its type | forbidden                   |
        | ldap_sync | manage_ldap_sync_job | cancels the job           | forbidden                   |
        | ldap_sync | manage_ldap_sync_job | changes the job's status  | allowed                     |

      @must @JOBS-PERM-013
      Examples: access control (manage_system for everything)
        | type                | permission    | action                    | verdict                     |
        | access_control_sync | manage_system | gets the job              | allowed                     |
        | access_control_sync | manage_system | creates a job of its type | allowed and creates the job |
        | access_control_sync | manage_system | cancels the job           | allowed                     |
        | access_control_sync | manage_system | changes the job's status  | allowed                     |

      @must @JOBS-PERM-013
      Examples: another type's permission
        | type                           | permission                                | action                    | verdict   |
        | message_export                 | read_data_retention_job                   | gets the job              | forbidden |
        | data_retention                 | create_compliance_export_job              | creates a job of its type | forbidden |
        | elasticsearch_post_aggregation | manage_elasticsearch_post_indexing_job    | changes the job's status  | forbidden |
        | elasticsearch_post_indexing    | create_elasticsearch_post_aggregation_job | cancels the job           | forbidden |
        | ldap_sync                      | read_jobs                                 | gets the job              | forbidden |
        | active_users                   | manage_system                             | creates a job of its type | forbidden |
        | active_users                   | manage_system                             | gets the job              | forbidden |
        | access_control_sync            | manage_jobs                               | creates a job of its type | forbidden |

  Rule: Downloading a compliance export's results takes download_compliance_export_result

    # @mock-only: downloads are enabled and the export file is stored through the mock's control plane
    @mock-only @must @JOBS-PERM-011
    Scenario Outline: Downloading a compliance export's results takes download_compliance_export_result
      Given export downloads are enabled
      And a finished compliance export whose results are in the legacy export file
      When <actor> downloads the job's results
      Then the request is <verdict>

      Examples:
        | actor               | verdict   |
        | the system admin    | allowed   |
        | the read-only admin | allowed   |
        | the system manager  | forbidden |
        | a plain user        | forbidden |
        | the user manager    | forbidden |

