Feature: Creating a job
  POST /api/v4/jobs mirrors upstream's createJob (server/channels/api4/job.go): it decodes the body as a model.Job
  (malformed bodies belong to the bad-input feature), asks SessionHasPermissionToCreateJob (server/channels/app/job.go)
  for the requested type (a type with no create mapping is a 400, a permission the caller lacks a 403), and hands type
  and data to JobServer.CreateJob (server/channels/jobs/jobs.go), which builds a new pending job and refuses a type
  with no registered worker. Every other field the client sends is ignored.

  Rule: A created job is new and pending, with nothing done yet

    @must @JOBS-CREATE-001
    Scenario: Creating a job answers 201 with a new pending job of that type
      When the system admin creates a job of the configured type
      Then the request succeeds with 201
      And the answer is a new pending job of the configured type

    @must @JOBS-CREATE-002
    Scenario: A created job has not started and was created just now
      When the system admin creates a job of the configured type
      Then the answer's job has not started: priority, start, last activity and progress are all 0
      And the answer's job was created just now

    @must @JOBS-CREATE-003
    Scenario: A created job keeps the data it was given
      When the system admin creates a job of the configured type with the data:
        | purpose | conformance |
        | attempt | 1           |
      Then the request succeeds with 201
      And the answer's job has the data:
        | purpose | conformance |
        | attempt | 1           |

    @must @JOBS-CREATE-003
    Scenario: A job created without data has null data
      When the system admin creates a job of the configured type
      Then the answer's job has no data

    Scenario Outline: Only the type and data of the request are used
      When the system admin creates a job of the configured type, sending its own <field>
      Then the request succeeds with 201
      And the answer's job ignores the <field> sent

      @must @JOBS-CREATE-004
      Examples: Fields only the server sets
        | field            |
        | id               |
        | status           |
        | priority         |
        | create_at        |
        | start_at         |
        | last_activity_at |
        | progress         |

    @must @JOBS-CREATE-009
    Scenario Outline: A created job appears in the lists of jobs
      Given a job the system admin created
      When the system admin lists <listing>
      Then the listing includes the job

      Examples: Every list
        | listing                                  |
        | all jobs                                 |
        | the jobs filtered to the configured type |
        | the jobs of the configured type          |

  Rule: Every type with a create mapping and a worker can be created by the system admin

    # @mock-only: a real-server run creates jobs of its configured type only, so it never starts these jobs for real
    @mock-only
    Scenario Outline: The system admin creates a job of each creatable type
      When the system admin creates a <type> job
      Then the request succeeds with 201
      And the answer is a new pending <type> job

      @must @JOBS-CREATE-005
      Examples: Types with a create mapping and a worker
        | type                           |
        | data_retention                 |
        | message_export                 |
        | elasticsearch_post_indexing    |
        | elasticsearch_post_aggregation |
        | ldap_sync                      |
        | migrations                     |
        | plugins                        |
        | product_notices                |
        | expiry_notify                  |
        | active_users                   |
        | import_process                 |
        | import_delete                  |
        | export_process                 |
        | export_delete                  |
        | extract_content                |
        | access_control_sync            |

  Rule: The type must have a create mapping and a worker, and the caller its create permission

    # Runs on a real server too: upstream registers no cloud worker, so nothing is created.
    @must @JOBS-CREATE-006
    Scenario: A type with a create permission but no worker is refused as invalid
      When the system admin creates a cloud job
      Then the request fails with 400 "model.job.is_valid.type.app_error"

    # Runs on a real server too: a type with no create mapping is refused before anything is created.
    Scenario Outline: A type with no create mapping cannot be created, whatever the caller may do
      When <actor> creates a <type> job
      Then the request fails with 400 "api.job.unable_to_create_job.incorrect_job_type"

      @must @JOBS-CREATE-007
      Examples: Types with no create mapping
        | actor            | type                    |
        | the system admin | mobile_session_metadata |
        | the system admin | last_accessible_post    |
        | the system admin | push_proxy_auth         |
        | the system admin | resend_invitation_email |
        | the system admin | no_such_type            |
        | the system admin | ""                      |
        | a plain user     | last_accessible_post    |

    @must @JOBS-CREATE-007
    Scenario: A job without a type cannot be created
      When the system admin creates a job without a type
      Then the request fails with 400 "api.job.unable_to_create_job.incorrect_job_type"

    Scenario Outline: A caller without the type's create permission is forbidden
      When <actor> creates <job>
      Then the request fails with 403 "api.context.permissions.app_error"

      @must @JOBS-CREATE-008
      Examples: Roles without the type's create permission
        | actor               | job                          |
        | the system manager  | an active_users job          |
        | the system manager  | an access_control_sync job   |
        | the read-only admin | a data_retention job         |
        | the user manager    | a ldap_sync job              |
        | a plain user        | a job of the configured type |
