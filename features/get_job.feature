Feature: Getting a job
  GET /api/v4/jobs/{job_id} mirrors upstream's getJob (server/channels/api4/job.go): it validates the id, looks the
  job up (App.GetJob, server/channels/app/job.go: 404 app.job.get.app_error when there is none, before any permission
  check), asks SessionHasPermissionToReadJob for the stored job's type (a type with no read mapping is a 400, a
  permission the caller lacks a 403), and writes the job as model.Job (server/public/model/job.go) encodes it.

  Rule: A job the caller may read comes back whole, as model.Job writes it

    @must @JOBS-GET-001
    Scenario: Getting a job answers with that job
      Given a job the system admin created
      When the system admin gets the job
      Then the request succeeds with 200
      And the answer is that job

    @must @JOBS-GET-002
    Scenario: A job carries all nine fields in the server's order
      Given a job the system admin created
      When the system admin gets the job
      Then the answer is a job with its nine fields in the server's order

    @must @JOBS-GET-003
    Scenario: A job's id is 26 characters of the server's id alphabet
      Given a job the system admin created
      When the system admin gets the job
      Then the answer's job id is 26 characters from the server's id alphabet

    @must @JOBS-GET-004
    Scenario: A job's times are Unix milliseconds
      Given a job the system admin created
      When the system admin gets the job
      Then the answer's job times are Unix milliseconds

    @must @JOBS-GET-005
    Scenario: A job's data comes back as the map of strings it was given
      Given a job the system admin created with the data:
        | purpose | conformance |
        | attempt | 1           |
      When the system admin gets the job
      Then the answer's job has the data:
        | purpose | conformance |
        | attempt | 1           |

    @must @JOBS-GET-005
    Scenario: A job without data has null data
      Given a job the system admin created
      When the system admin gets the job
      Then the answer's job has no data

    # @mock-only: the job is stored with field values only the server's own workers and store would give it
    @mock-only @must @JOBS-GET-006
    Scenario: A stored job comes back with every field as stored, priority included
      Given a stored job with the fields:
        | type             | active_users  |
        | priority         | 3             |
        | create_at        | 1500000000000 |
        | start_at         | 1500000001000 |
        | last_activity_at | 1500000002000 |
        | status           | error         |
        | progress         | -1            |
        | data.error       | it failed     |
      When the system admin gets the job
      Then the request succeeds with 200
      And the answer holds the stored job's fields as stored

  Rule: The lookup comes first: an unknown id is a 404 for everyone

    Scenario Outline: Getting a job that does not exist is not found, whatever the caller may read
      Given an unknown job id
      When <actor> gets the job
      Then the request fails with 404 "app.job.get.app_error"

      @must @JOBS-GET-007
      Examples: Callers with and without read permissions
        | actor               |
        | the system admin    |
        | the system manager  |
        | the read-only admin |
        | a plain user        |

  Rule: The stored job's type decides the permission: no read mapping is a 400, a missing permission a 403

    # @mock-only: the job is stored with a type that nothing on a real server can create
    @mock-only
    Scenario Outline: A stored job whose type has no read permission cannot be retrieved
      Given a job of type <type> with status pending
      When <actor> gets the job
      Then the request fails with 400 "api.job.retrieve.nopermissions"

      @must @JOBS-GET-008
      Examples: Types with no read mapping, for the system admin
        | type                 | actor            |
        | last_accessible_post | the system admin |
        | push_proxy_auth      | the system admin |
        | ""                   | the system admin |
        | no_such_type         | the system admin |

      @must @JOBS-GET-008
      Examples: The type is judged before the caller's permissions
        | type                 | actor        |
        | last_accessible_post | a plain user |

    @must @JOBS-GET-009
    Scenario: A caller without the read permission of the job's type is forbidden
      Given a job the system admin created
      When a plain user gets the job
      Then the request fails with 403 "api.context.permissions.app_error"

    # @mock-only: the jobs are stored with types a real-server run does not create
    @mock-only
    Scenario Outline: A caller is forbidden a job whose type needs a permission it lacks
      Given a job of type <type> with status pending
      When <actor> gets the job
      Then the request fails with 403 "api.context.permissions.app_error"

      @must @JOBS-GET-009
      Examples: Roles without the type's read permission
        | actor               | type           |
        | the system manager  | active_users   |
        | the read-only admin | migrations     |
        | the user manager    | data_retention |
        | a plain user        | ldap_sync      |
