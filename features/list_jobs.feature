Feature: Listing jobs
  GET /api/v4/jobs mirrors upstream's getJobs (server/channels/api4/job.go). A job_type filter must be one of
  model.AllJobTypes (else 400) with a read mapping (else 400) the caller holds (else 403); without one the handler
  walks AllJobTypes and keeps every type the caller can read, and a caller who can read none is refused (403). A
  status filter must be a valid status. The store (server/channels/store/sqlstore/job_store.go GetAllByTypesPage,
  GetAllByTypesAndStatusesPage) answers the matching jobs newest create_at first. Paging is in pagination.feature.

  Rule: Jobs are listed newest first

    # @mock-only: the jobs are stored with chosen creation times, out of the order they are stored in
    @mock-only @must @JOBS-LIST-001
    Scenario: Jobs are listed by creation time, newest first, whatever order they were stored in
      Given these stored jobs:
        | job    | type         | status  | created |
        | oldest | active_users | success | 1000    |
        | newest | migrations   | pending | 3000    |
        | middle | active_users | error   | 2000    |
      When the system admin lists all jobs
      Then the listing is exactly newest, middle and oldest

    @must @JOBS-LIST-001
    Scenario: Jobs created one after another are listed newest first
      Given jobs the system admin created one after another, named first, second and third
      When the system admin lists all jobs
      Then the listing shows third, second and first in that order
      And the listing is newest first

  Rule: The type and status filters keep only the jobs that match, and together they must both match

    @must @JOBS-LIST-002
    Scenario: The type filter lists the jobs of that type
      Given a job the system admin created, named mine
      When the system admin lists the jobs filtered to the configured type
      Then the listing includes mine
      And every listed job is of the configured type

    # @mock-only: a job of another type is stored next to the one listed, which a real-server run cannot create
    @mock-only @must @JOBS-LIST-002
    Scenario: The type filter leaves out the jobs of every other type
      Given these stored jobs:
        | job       | type           | status  | created |
        | users     | active_users   | pending | 1000    |
        | migration | migrations     | pending | 2000    |
        | retention | data_retention | pending | 3000    |
      When the system admin lists the jobs filtered to type migrations
      Then the listing is exactly migration

    @must @JOBS-LIST-003
    Scenario: The status filter lists the jobs in that status and leaves out the others
      Given a job the system admin created and canceled, named stopped
      And a job the system admin created, named other
      When the system admin lists the jobs filtered to status canceled
      Then the listing includes stopped
      And the listing leaves out other
      And every listed job has status canceled

    @must @JOBS-LIST-004
    Scenario: The type and status filters together list the jobs that match both
      Given a job the system admin created and canceled, named stopped
      And a job the system admin created, named other
      When the system admin lists the jobs filtered to the configured type and status canceled
      Then the listing includes stopped
      And the listing leaves out other
      And every listed job is of the configured type
      And every listed job has status canceled

    # @mock-only: the jobs are stored with types and statuses a real-server run cannot give them
    @mock-only @must @JOBS-LIST-004
    Scenario: A job that matches only the type or only the status is left out
      Given these stored jobs:
        | job        | type         | status  | created |
        | both       | active_users | success | 1000    |
        | typeonly   | active_users | pending | 2000    |
        | statusonly | migrations   | success | 3000    |
      When the system admin lists the jobs filtered to type active_users and status success
      Then the listing is exactly both

  Rule: A type filter must name a type of AllJobTypes that has a read permission the caller holds

    Scenario Outline: A type filter outside AllJobTypes is an invalid parameter, checked before permissions
      When <actor> lists the jobs filtered to type <type>
      Then the request fails with 400 "api.context.invalid_url_param.app_error"

      @must @JOBS-LIST-005
      Examples: Types the server knows but AllJobTypes leaves out
        | actor            | type                    |
        | the system admin | access_control_sync     |
        | the system admin | push_proxy_auth         |
        | the system admin | resend_invitation_email |
        | a plain user     | access_control_sync     |

      @must @JOBS-LIST-005
      Examples: Types nobody knows
        | actor            | type         |
        | the system admin | no_such_type |

    Scenario Outline: A type filter of AllJobTypes with no read permission cannot be listed
      When <actor> lists the jobs filtered to type <type>
      Then the request fails with 400 "api.job.retrieve.nopermissions"

      @must @JOBS-LIST-006
      Examples: Types of AllJobTypes without a read mapping
        | actor            | type                       |
        | the system admin | last_accessible_post       |
        | the system admin | last_accessible_file       |
        | the system admin | cleanup_desktop_tokens     |
        | the system admin | refresh_materialized_views |
        | a plain user     | last_accessible_post       |

    Scenario Outline: A type filter the caller may not read is forbidden
      When <actor> lists the jobs filtered to type <type>
      Then the request fails with 403 "api.context.permissions.app_error"

      @must @JOBS-LIST-007
      Examples: Roles without the type's read permission
        | actor               | type                        |
        | the system manager  | active_users                |
        | the read-only admin | migrations                  |
        | a plain user        | elasticsearch_post_indexing |

  Rule: A status filter must be one of the seven job statuses

    # Upstream's getJobs sets the error without returning, so a real server writes the (empty) list and then the
    # error; the check judges only the status code and the error id, as the behaviour reference recommends.
    Scenario Outline: A status filter that is not a job status is refused
      When the system admin lists the jobs filtered to status <status>
      Then the status filter is refused as invalid

      @must @JOBS-LIST-008
      Examples: Strings that are not statuses
        | status        |
        | finished      |
        | "PENDING"     |
        | "in-progress" |

  Rule: Without a type filter the list holds every job of AllJobTypes the caller may read, and nothing else

    # @mock-only: jobs of types the caller may and may not read are stored side by side
    @mock-only
    Scenario Outline: The unfiltered list holds exactly the types the caller may read
      Given these stored jobs:
        | job         | type                           | status  | created |
        | indexing    | elasticsearch_post_indexing    | success | 1000    |
        | aggregation | elasticsearch_post_aggregation | success | 2000    |
        | ldap        | ldap_sync                      | success | 3000    |
        | users       | active_users                   | success | 4000    |
        | retention   | data_retention                 | success | 5000    |
        | export      | message_export                 | success | 6000    |
      When <actor> lists all jobs
      Then the listing is exactly <listed>

      @must @JOBS-LIST-009
      Examples: Each default role
        | actor               | listed                                                   |
        | the system admin    | export, retention, users, ldap, aggregation and indexing |
        | the system manager  | ldap, aggregation and indexing                           |
        | the read-only admin | export, retention, ldap, aggregation and indexing        |
        | the user manager    | ldap                                                     |

    # @mock-only: a job is stored with a type that a real-server run cannot create
    @mock-only
    Scenario Outline: Jobs of a type outside AllJobTypes or without a read mapping never appear
      Given these stored jobs:
        | job    | type         | status  | created |
        | users  | active_users | pending | 1000    |
        | hidden | <type>       | pending | 2000    |
      When the system admin lists all jobs
      Then the listing is exactly users

      @must @JOBS-LIST-010
      Examples: Types outside AllJobTypes
        | type                    |
        | access_control_sync     |
        | push_proxy_auth         |
        | resend_invitation_email |
        | export_users_to_csv     |
        | no_such_type            |
        | ""                      |

      @must @JOBS-LIST-010
      Examples: Types of AllJobTypes without a read mapping
        | type                       |
        | last_accessible_post       |
        | last_accessible_file       |
        | cleanup_desktop_tokens     |
        | refresh_materialized_views |

    @must @JOBS-LIST-011
    Scenario: A caller who may read no job type cannot list jobs
      When a plain user lists all jobs
      Then the request fails with 403 "api.context.permissions.app_error"

  Rule: A list with nothing to show holds no jobs

    # @mock-only: needs a server with no jobs at all, which only the mock's per-scenario namespace guarantees
    @mock-only @must @JOBS-LIST-012
    Scenario: An unfiltered list with nothing to show holds no jobs
      When the system admin lists all jobs
      Then the request succeeds with 200
      And the listing holds no jobs

    # A quirk the suite pins on the mock: job_store.go GetAllByTypesPage leaves its nil slice nil when no row
    # matches, so the real server writes null, not an empty array (spec departure get-jobs-empty-list-null).
    # @mock-only: needs a server with no jobs at all, which only the mock's per-scenario namespace guarantees
    @mock-only @should @JOBS-LIST-013
    Scenario: An empty unfiltered list is written as null, as the real server writes it
      When the system admin lists all jobs
      Then the empty listing is written as null, not as an empty array

    @should @JOBS-LIST-014
    Scenario: An empty status-filtered list is written as an empty array
      When the system admin lists the jobs filtered to status pending, page "1000000000" at "200" per page
      Then the empty listing is written as an empty array
