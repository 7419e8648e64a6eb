Feature: Changing a job's status
  PATCH /api/v4/jobs/{job_id}/status mirrors upstream's updateJobStatus (server/channels/api4/job.go): it reads the
  body, looks the job up, checks the manage permission of the job's type, and then, unless force is set, allows only
  the changes of Job.IsValidStatusChange (server/public/model/job.go). App.UpdateJobStatus (server/channels/app/job.go)
  can only set pending, cancel_requested (through RequestCancellation, which cancels a pending job at once) and
  canceled. The job's workers (server/channels/jobs/jobs.go) move it along the rest of its lifecycle.

  Rule: Without force, a job's status changes only along the allowed transitions

    # @mock-only: the job is seeded in the status under test, which a real server cannot be made to hold on demand
    @mock-only
    Scenario Outline: An allowed transition is made without force
      Given an active_users job with status <current>
      When the system admin changes the job's status to <requested>
      Then the request succeeds with 200
      And the job's status is <requested>

      @must @JOBS-STATUS-001
      Examples: Allowed transitions
        | current          | requested        |
        | in_progress      | pending          |
        | in_progress      | cancel_requested |
        | cancel_requested | canceled         |

    Scenario Outline: Requesting cancellation of a pending job cancels it at once
      Given a job the system admin created
      When the system admin <changes> the job's status to cancel_requested
      Then the request succeeds with 200
      And the job's status is canceled

      @must @JOBS-STATUS-002
      Examples: Pending and cancel_requested, with and without force
        | changes |
        | changes |
        | forces  |

    # @mock-only: the job is seeded in the status under test, which a real server cannot be made to hold on demand
    @mock-only
    Scenario Outline: Any other change without force is refused and leaves the job as it was
      Given an active_users job with status <current>
      When the system admin changes the job's status to <requested>
      Then the request fails with 400 "api.job.status.invalid"
      And the job's status is <current>

      @must @JOBS-STATUS-003
      Examples: Rejected transitions from pending
        | current | requested   |
        | pending | pending     |
        | pending | in_progress |
        | pending | success     |
        | pending | error       |
        | pending | canceled    |
        | pending | warning     |
        | pending | ""          |
        | pending | foo         |

      @must @JOBS-STATUS-003
      Examples: Rejected transitions from in_progress
        | current     | requested   |
        | in_progress | in_progress |
        | in_progress | success     |
        | in_progress | error       |
        | in_progress | canceled    |
        | in_progress | warning     |
        | in_progress | ""          |
        | in_progress | foo         |

      @must @JOBS-STATUS-003
      Examples: Rejected transitions from cancel_requested
        | current          | requested        |
        | cancel_requested | pending          |
        | cancel_requested | in_progress      |
        | cancel_requested | success          |
        | cancel_requested | error            |
        | cancel_requested | cancel_requested |
        | cancel_requested | warning          |
        | cancel_requested | ""               |
        | cancel_requested | foo              |

      @must @JOBS-STATUS-003
      Examples: Rejected transitions from success
        | current | requested        |
        | success | pending          |
        | success | in_progress      |
        | success | success          |
        | success | error            |
        | success | cancel_requested |
        | success | canceled         |
        | success | warning          |
        | success | ""               |
        | success | foo              |

      @must @JOBS-STATUS-003
      Examples: Rejected transitions from error
        | current | requested        |
        | error   | pending          |
        | error   | in_progress      |
        | error   | success          |
        | error   | error            |
        | error   | cancel_requested |
        | error   | canceled         |
        | error   | warning          |
        | error   | ""               |
        | error   | foo              |

      @must @JOBS-STATUS-003
      Examples: Rejected transitions from canceled
        | current  | requested        |
        | canceled | pending          |
        | canceled | in_progress      |
        | canceled | success          |
        | canceled | error            |
        | canceled | cancel_requested |
        | canceled | canceled         |
        | canceled | warning          |
        | canceled | ""               |
        | canceled | foo              |

      @must @JOBS-STATUS-003
      Examples: Rejected transitions from warning
        | current | requested        |
        | warning | pending          |
        | warning | in_progress      |
        | warning | success          |
        | warning | error            |
        | warning | cancel_requested |
        | warning | canceled         |
        | warning | warning          |
        | warning | ""               |
        | warning | foo              |

      @must @JOBS-STATUS-003
      Examples: Rejected transitions from the empty status
        | current | requested        |
        | ""      | pending          |
        | ""      | in_progress      |
        | ""      | success          |
        | ""      | error            |
        | ""      | cancel_requested |
        | ""      | canceled         |
        | ""      | warning          |
        | ""      | ""               |
        | ""      | foo              |

    Scenario Outline: A change the rules do not allow is refused on a job just created
      Given a job the system admin created
      When the system admin changes the job's status to <requested>
      Then the request fails with 400 "api.job.status.invalid"

      @must @JOBS-STATUS-003
      Examples: Rejected transitions from a new job
        | requested |
        | canceled  |
        | success   |
        | foo       |

  Rule: With force, only pending, cancel_requested and canceled can be set

    # @mock-only: the job is seeded in the status under test, which a real server cannot be made to hold on demand
    @mock-only
    Scenario Outline: Forcing a status the server can set sets it whatever the job's status
      Given an active_users job with status <current>
      When the system admin forces the job's status to <requested>
      Then the request succeeds with 200
      And the job's status is <result>

      @must @JOBS-STATUS-004
      Examples: Forced, supported targets: pending
        | current          | requested | result  |
        | pending          | pending   | pending |
        | in_progress      | pending   | pending |
        | success          | pending   | pending |
        | error            | pending   | pending |
        | cancel_requested | pending   | pending |
        | canceled         | pending   | pending |
        | warning          | pending   | pending |
        | ""               | pending   | pending |

      @must @JOBS-STATUS-004
      Examples: Forced, supported targets: canceled
        | current          | requested | result   |
        | pending          | canceled  | canceled |
        | in_progress      | canceled  | canceled |
        | success          | canceled  | canceled |
        | error            | canceled  | canceled |
        | cancel_requested | canceled  | canceled |
        | canceled         | canceled  | canceled |
        | warning          | canceled  | canceled |
        | ""               | canceled  | canceled |

      @must @JOBS-STATUS-004
      Examples: Forced, supported targets: cancel_requested on a running job
        | current     | requested        | result           |
        | in_progress | cancel_requested | cancel_requested |

    Scenario Outline: Forcing pending or canceled on a job just created sets it
      Given a job the system admin created
      When the system admin forces the job's status to <requested>
      Then the request succeeds with 200
      And the job's status is <requested>

      @must @JOBS-STATUS-004
      Examples: Forced, supported targets on a new job
        | requested |
        | pending   |
        | canceled  |

    # @mock-only: the job is seeded in the status under test, which a real server cannot be made to hold on demand
    @mock-only
    Scenario Outline: Forcing cancellation of a job that can no longer be cancelled fails and leaves it as it was
      Given an active_users job with status <current>
      When the system admin forces the job's status to cancel_requested
      Then the request fails with 500 "jobs.request_cancellation.status.error"
      And the job's status is <current>

      @must @JOBS-STATUS-005
      Examples: Forced cancel_requested on a job that is neither pending nor in progress
        | current          |
        | success          |
        | error            |
        | cancel_requested |
        | canceled         |
        | warning          |
        | ""               |

    # @mock-only: the job is seeded in the status under test, which a real server cannot be made to hold on demand
    @mock-only
    Scenario Outline: Forcing a status the server cannot set fails and leaves the job as it was
      Given an active_users job with status <current>
      When the system admin forces the job's status to <requested>
      Then the request fails with 500 "app.job.update_status.app_error"
      And the job's status is <current>

      @must @JOBS-STATUS-006
      Examples: Forced, unsupported targets: in_progress
        | current          | requested   |
        | pending          | in_progress |
        | in_progress      | in_progress |
        | success          | in_progress |
        | error            | in_progress |
        | cancel_requested | in_progress |
        | canceled         | in_progress |
        | warning          | in_progress |
        | ""               | in_progress |

      @must @JOBS-STATUS-006
      Examples: Forced, unsupported targets: success
        | current          | requested |
        | pending          | success   |
        | in_progress      | success   |
        | success          | success   |
        | error            | success   |
        | cancel_requested | success   |
        | canceled         | success   |
        | warning          | success   |
        | ""               | success   |

      @must @JOBS-STATUS-006
      Examples: Forced, unsupported targets: error
        | current          | requested |
        | pending          | error     |
        | in_progress      | error     |
        | success          | error     |
        | error            | error     |
        | cancel_requested | error     |
        | canceled         | error     |
        | warning          | error     |
        | ""               | error     |

      @must @JOBS-STATUS-006
      Examples: Forced, unsupported targets: warning
        | current          | requested |
        | pending          | warning   |
        | in_progress      | warning   |
        | success          | warning   |
        | error            | warning   |
        | cancel_requested | warning   |
        | canceled         | warning   |
        | warning          | warning   |
        | ""               | warning   |

      @must @JOBS-STATUS-006
      Examples: Forced, unsupported targets: the empty status
        | current          | requested |
        | pending          | ""        |
        | in_progress      | ""        |
        | success          | ""        |
        | error            | ""        |
        | cancel_requested | ""        |
        | canceled         | ""        |
        | warning          | ""        |
        | ""               | ""        |

      @must @JOBS-STATUS-006
      Examples: Forced, unsupported targets: a status that does not exist
        | current          | requested |
        | pending          | foo       |
        | in_progress      | foo       |
        | success          | foo       |
        | error            | foo       |
        | cancel_requested | foo       |
        | canceled         | foo       |
        | warning          | foo       |
        | ""               | foo       |

    @must @JOBS-STATUS-006
    Scenario: Forcing a status the server cannot set fails on a job just created
      Given a job the system admin created
      When the system admin forces the job's status to success
      Then the request fails with 500 "app.job.update_status.app_error"

  Rule: The request names the new status as text, and force only as the boolean true

    @must @JOBS-STATUS-007
    Scenario: A successful status change answers with the status OK and nothing else
      Given a job the system admin created
      When the system admin forces the job's status to canceled
      Then the answer is the status OK

    @must @JOBS-STATUS-008
    Scenario Outline: A status change that does not name the new status as text is refused
      Given a job the system admin created
      When the system admin changes the job's status <naming>
      Then the request fails with 400 "api.context.invalid_body_param.app_error"

      Examples: Bodies without a textual status
        | naming                            |
        | without naming a status           |
        | naming a status that is not text  |
        | naming a status that is null      |
        | with a body that is not an object |

    @must @JOBS-STATUS-015
    Scenario Outline: A force that is not the boolean true counts as no force
      Given a job the system admin created
      When the system admin changes the job's status to canceled with force given as <form>
      Then the request fails with 400 "api.job.status.invalid"

      Examples: Force values that are not booleans
        | form     |
        | text     |
        | a number |

  Rule: The body is read first, then the job is looked up, then its type's manage permission is checked

    @must @JOBS-STATUS-009
    Scenario: A status change without a status is refused before the job is looked up
      Given an unknown job id
      When the system admin changes the job's status without naming a status
      Then the request fails with 400 "api.context.invalid_body_param.app_error"

    @must @JOBS-STATUS-010
    Scenario: Changing the status of a job that does not exist is not found
      Given an unknown job id
      When the system admin forces the job's status to canceled
      Then the request fails with 404 "app.job.get.app_error"

    @must @JOBS-STATUS-011
    Scenario: The job is looked up before the permission is checked
      Given an unknown job id
      When a plain user forces the job's status to canceled
      Then the request fails with 404 "app.job.get.app_error"

    # @mock-only: the suite creates jobs only of the configured type on a real server; these types are seeded
    @mock-only
    Scenario Outline: The status of a job whose type has no manage permission cannot be changed
      Given a job of type <type> with status pending
      When the system admin forces the job's status to canceled
      Then the request fails with 400 "api.job.unable_to_manage_job.incorrect_job_type"
      And the job's status is pending

      @must @JOBS-STATUS-012
      Examples: Types without a manage mapping
        | type                    |
        | mobile_session_metadata |
        | last_accessible_post    |
        | push_proxy_auth         |
        | nightly_report          |
        | ""                      |

    # @mock-only: the job's type is seeded; the suite creates no job of this type on a real server
    @mock-only
    @must @JOBS-STATUS-019
    Scenario: A type without a manage permission is refused before the user's permissions are checked
      Given a job of type mobile_session_metadata with status pending
      When a plain user forces the job's status to canceled
      Then the request fails with 400 "api.job.unable_to_manage_job.incorrect_job_type"

    Scenario Outline: A user without the manage permission of the job's type cannot change its status
      Given a job the system admin created
      When <actor> forces the job's status to canceled
      Then the request fails with 403 "api.context.permissions.app_error"

      @must @JOBS-STATUS-013
      Examples: Users who may not manage a new job
        | actor               |
        | a plain user        |
        | the read-only admin |

    # @mock-only: the job's type is seeded; the suite creates only jobs of the configured type on a real server
    @mock-only
    Scenario Outline: A user without the manage permission of a seeded job's type cannot change its status
      Given a job of type <type> with status pending
      When <actor> forces the job's status to canceled
      Then the request fails with 403 "api.context.permissions.app_error"
      And the job's status is pending

      @must @JOBS-STATUS-013
      Examples: Readers who may not manage
        | type           | actor               |
        | data_retention | the read-only admin |
        | ldap_sync      | the system manager  |
        | active_users   | the system manager  |
        | ldap_sync      | the user manager    |

    # @mock-only: a user holding a single permission is a session added through the mock's control plane
    @mock-only
    Scenario Outline: A user holding only the manage permission of the job's type can change its status
      Given a job of type <type> with status pending
      And a user whose only permission is <permission>
      When that user changes the job's status
      Then the request succeeds with 200
      And the job's status is canceled

      @must @JOBS-STATUS-020
      Examples: Manage permissions
        | type           | permission                   |
        | data_retention | manage_data_retention_job    |
        | message_export | manage_compliance_export_job |
        | active_users   | manage_jobs                  |

    # @mock-only: a user holding a single permission is a session added through the mock's control plane
    @mock-only
    Scenario Outline: A user holding only the read or create permission of the job's type cannot change its status
      Given a job of type <type> with status pending
      And a user whose only permission is <permission>
      When that user changes the job's status
      Then the request fails with 403 "api.context.permissions.app_error"
      And the job's status is pending

      @must @JOBS-STATUS-013
      Examples: Read and create permissions
        | type           | permission                   |
        | data_retention | create_data_retention_job    |
        | data_retention | read_data_retention_job      |
        | message_export | create_compliance_export_job |
        | active_users   | read_jobs                    |

    # @mock-only: the job's type is seeded; the suite creates only jobs of the configured type on a real server
    @mock-only
    Scenario Outline: The system manager manages the Elasticsearch jobs
      Given a job of type <type> with status in_progress
      When the system manager changes the job's status to pending
      Then the request succeeds with 200
      And the job's status is pending

      @must @JOBS-STATUS-014
      Examples: Types the system manager may manage
        | type                           |
        | elasticsearch_post_indexing    |
        | elasticsearch_post_aggregation |

  Rule: The job's workers move it along its lifecycle, and the API shows each step

    # @mock-only: worker actions are driven through the mock's control plane
    @mock-only
    @must @JOBS-STATUS-016
    Scenario: A job its worker claims is in progress and has a start time
      Given an active_users job with status pending
      When the job's worker claims it
      Then the job's status is in_progress
      And the job has a start time

    # @mock-only: worker actions are driven through the mock's control plane
    @mock-only
    @must @JOBS-STATUS-017
    Scenario: A job its worker fails is in error with progress -1 and the error in its data
      Given an active_users job with status in_progress
      When the job's worker fails it with the error "disk full"
      Then the job's status is error
      And the job's progress is -1
      And the job's data records the error "disk full"

    # @mock-only: worker actions are driven through the mock's control plane
    @mock-only
    @must @JOBS-STATUS-018
    Scenario: A job whose worker is stopped goes back to pending
      Given an active_users job with status in_progress
      When the job's worker is stopped and gives the job back
      Then the job's status is pending
