Feature: Cancelling a job
  POST /api/v4/jobs/{job_id}/cancel mirrors upstream's cancelJob (server/channels/api4/job.go): it looks the job up,
  checks the CREATE permission of the job's type ("if permission to create, permission to cancel, same permission"),
  and calls JobServer.RequestCancellation (server/channels/jobs/jobs.go), two compare-and-set updates: a pending job
  becomes canceled at once, an in-progress one becomes cancel_requested for its worker to stop, and any other job
  cannot be cancelled.

  Rule: A pending job is canceled at once and a running one is asked to stop; nothing else can be cancelled

    @must @JOBS-CANCEL-001
    Scenario: Cancelling a pending job cancels it at once
      Given a job the system admin created
      When the system admin cancels the job
      Then the request succeeds with 200
      And the job's status is canceled

    @must @JOBS-CANCEL-004
    Scenario: A successful cancellation answers with the status OK and nothing else
      Given a job the system admin created
      When the system admin cancels the job
      Then the answer is the status OK

    @must @JOBS-CANCEL-003
    Scenario: A job that was already canceled cannot be cancelled again
      Given a job the system admin created and then canceled
      When the system admin cancels the job
      Then the request fails with 500 "jobs.request_cancellation.status.error"
      And the job's status is canceled

    # @mock-only: the job is seeded in the status under test, which a real server cannot be made to hold on demand
    @mock-only
    Scenario Outline: Cancelling a pending job cancels it and cancelling a running job asks it to stop
      Given an active_users job with status <current>
      When the system admin cancels the job
      Then the request succeeds with 200
      And the job's status is <result>

      @must @JOBS-CANCEL-001
      Examples: A pending job
        | current | result   |
        | pending | canceled |

      @must @JOBS-CANCEL-002
      Examples: A job in progress
        | current     | result           |
        | in_progress | cancel_requested |

    # @mock-only: the job is seeded in the status under test, which a real server cannot be made to hold on demand
    @mock-only
    Scenario Outline: A job that is neither pending nor in progress cannot be cancelled and stays as it was
      Given an active_users job with status <current>
      When the system admin cancels the job
      Then the request fails with 500 "jobs.request_cancellation.status.error"
      And the job's status is <current>

      @must @JOBS-CANCEL-003
      Examples: Statuses that cannot be cancelled
        | current          |
        | success          |
        | error            |
        | cancel_requested |
        | canceled         |
        | warning          |
        | ""               |

    # @mock-only: worker actions are driven through the mock's control plane
    @mock-only
    @must @JOBS-CANCEL-011
    Scenario: A job whose cancellation was requested is canceled when its worker stops
      Given an active_users job with status in_progress
      And the system admin cancels the job
      When the job's worker stops as it was asked to
      Then the job's status is canceled

  Rule: Cancelling takes the permission to create a job of the job's type

    Scenario Outline: A user without the create permission of the job's type cannot cancel it
      Given a job the system admin created
      When <actor> cancels the job
      Then the request fails with 403 "api.context.permissions.app_error"

      @must @JOBS-CANCEL-006
      Examples: Users who may not cancel a new job
        | actor               |
        | a plain user        |
        | the read-only admin |

    # @mock-only: the job's type is seeded; the suite creates only jobs of the configured type on a real server
    @mock-only
    Scenario Outline: A user who may read a job but not create one of its type cannot cancel it
      Given a job of type <type> with status pending
      When <actor> cancels the job
      Then the request fails with 403 "api.context.permissions.app_error"
      And the job's status is pending

      @must @JOBS-CANCEL-006
      Examples: Readers who may not create
        | type           | actor               |
        | data_retention | the read-only admin |
        | message_export | the read-only admin |
        | ldap_sync      | the system manager  |
        | active_users   | the system manager  |

    # @mock-only: a user holding a single permission is a session added through the mock's control plane
    @mock-only
    Scenario Outline: A user holding only the create permission of the job's type can cancel it
      Given a job of type <type> with status pending
      And a user whose only permission is <permission>
      When that user cancels the job
      Then the request succeeds with 200
      And the job's status is canceled

      @must @JOBS-CANCEL-005
      Examples: Create permissions
        | type           | permission                   |
        | data_retention | create_data_retention_job    |
        | message_export | create_compliance_export_job |
        | active_users   | manage_jobs                  |

    # @mock-only: a user holding a single permission is a session added through the mock's control plane
    @mock-only
    Scenario Outline: A user holding only the read or manage permission of the job's type cannot cancel it
      Given a job of type <type> with status pending
      And a user whose only permission is <permission>
      When that user cancels the job
      Then the request fails with 403 "api.context.permissions.app_error"
      And the job's status is pending

      @must @JOBS-CANCEL-006
      Examples: Read and manage permissions
        | type           | permission                   |
        | data_retention | manage_data_retention_job    |
        | data_retention | read_data_retention_job      |
        | message_export | manage_compliance_export_job |
        | active_users   | read_jobs                    |

    # @mock-only: the job's type is seeded; the suite creates only jobs of the configured type on a real server
    @mock-only
    Scenario Outline: The system manager cancels the Elasticsearch jobs it may create
      Given a job of type <type> with status pending
      When the system manager cancels the job
      Then the request succeeds with 200
      And the job's status is canceled

      @must @JOBS-CANCEL-005
      Examples: Types the system manager may create
        | type                           |
        | elasticsearch_post_indexing    |
        | elasticsearch_post_aggregation |

    # @mock-only: the job's type is seeded; the suite creates only jobs of the configured type on a real server
    @mock-only
    Scenario Outline: A job whose type has no create permission cannot be cancelled
      Given a job of type <type> with status pending
      When the system admin cancels the job
      Then the request fails with 400 "api.job.unable_to_create_job.incorrect_job_type"
      And the job's status is pending

      @must @JOBS-CANCEL-007
      Examples: Types without a create mapping
        | type                    |
        | mobile_session_metadata |
        | last_accessible_post    |
        | push_proxy_auth         |
        | nightly_report          |
        | ""                      |

  Rule: The job is looked up first, then its type is checked, then the user's permission

    @must @JOBS-CANCEL-008
    Scenario: Cancelling a job that does not exist is not found
      Given an unknown job id
      When the system admin cancels the job
      Then the request fails with 404 "app.job.get.app_error"

    @must @JOBS-CANCEL-009
    Scenario: The job is looked up before the permission is checked
      Given an unknown job id
      When a plain user cancels the job
      Then the request fails with 404 "app.job.get.app_error"

    # @mock-only: the job's type is seeded; the suite creates no job of this type on a real server
    @mock-only
    @must @JOBS-CANCEL-010
    Scenario: A type without a create permission is refused before the user's permissions are checked
      Given a job of type mobile_session_metadata with status pending
      When a plain user cancels the job
      Then the request fails with 400 "api.job.unable_to_create_job.incorrect_job_type"
