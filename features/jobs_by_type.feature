Feature: Listing the jobs of one type
  GET /api/v4/jobs/type/{job_type} mirrors upstream's getJobsByType (server/channels/api4/job.go): RequireJobType
  refuses an empty type or one longer than the 32 characters of the Type column (400), SessionHasPermissionToReadJob
  (server/channels/app/job.go) refuses a type with no read mapping (400) or a permission the caller lacks (403), and
  the store's GetAllByTypePage answers that type's jobs newest create_at first, an initialised slice that is [] when
  empty. Unlike GET /jobs it does not check model.AllJobTypes, so access_control_sync can be listed here. Paging is in
  pagination.feature.

  Rule: The list holds the jobs of that type only, newest first

    @must @JOBS-TYPE-001
    Scenario: The jobs of a type are listed newest first
      Given jobs the system admin created one after another, named first, second and third
      When the system admin lists the jobs of the configured type
      Then the listing shows third, second and first in that order
      And the listing is newest first
      And every listed job is of the configured type

    # @mock-only: jobs of other types are stored next to the ones listed, which a real-server run cannot create
    @mock-only @must @JOBS-TYPE-001
    Scenario: Jobs of other types are left out, and the rest come newest first
      Given these stored jobs:
        | job    | type           | status      | created |
        | older  | data_retention | success     | 1000    |
        | decoy  | message_export | success     | 2500    |
        | newer  | data_retention | in_progress | 3000    |
        | middle | data_retention | ""          | 2000    |
      When the system admin lists the jobs of type data_retention
      Then the listing is exactly newer, middle and older

  Rule: Any type with a read mapping can be listed, access_control_sync included

    @must @JOBS-TYPE-002
    Scenario: The system admin may list the access control sync jobs
      When the system admin lists the jobs of type access_control_sync
      Then the request succeeds with 200

    # @mock-only: an access_control_sync job is stored, a type a real-server run does not create
    @mock-only @must @JOBS-TYPE-002
    Scenario: Access control sync jobs are listed though GET /jobs does not know their type
      Given these stored jobs:
        | job  | type                | status  | created |
        | sync | access_control_sync | pending | 1000    |
      When the system admin lists the jobs of type access_control_sync
      Then the listing is exactly sync

  Rule: The type must fit the Type column and have a read mapping the caller holds

    Scenario Outline: A type longer than 32 characters is an invalid parameter
      When <actor> lists the jobs of a type <length> characters long
      Then the request fails with 400 "api.context.invalid_url_param.app_error"

      @must @JOBS-TYPE-003
      Examples: Types too long for the Type column
        | actor            | length |
        | the system admin | 33     |
        | the system admin | 200    |
        | a plain user     | 33     |

    Scenario Outline: A type with no read mapping cannot be listed, whatever the caller may read
      When <actor> lists the jobs of type <type>
      Then the request fails with 400 "api.job.retrieve.nopermissions"

      @must @JOBS-TYPE-004
      Examples: Types with no read mapping
        | actor            | type                    |
        | the system admin | no_such_type            |
        | the system admin | last_accessible_post    |
        | the system admin | push_proxy_auth         |
        | the system admin | resend_invitation_email |
        | a plain user     | no_such_type            |

    Scenario Outline: An unknown type of up to 32 characters is refused for its permissions, not its length
      When the system admin lists the jobs of a type <length> characters long
      Then the request fails with 400 "api.job.retrieve.nopermissions"

      @must @JOBS-TYPE-004
      Examples: Types that fit the Type column
        | length |
        | 1      |
        | 26     |
        | 32     |

    Scenario Outline: A type the caller may not read is forbidden
      When <actor> lists the jobs of type <type>
      Then the request fails with 403 "api.context.permissions.app_error"

      @must @JOBS-TYPE-006
      Examples: Roles without the type's read permission
        | actor               | type                        |
        | the system manager  | access_control_sync         |
        | the system manager  | active_users                |
        | the read-only admin | migrations                  |
        | a plain user        | elasticsearch_post_indexing |

  Rule: An empty list is an empty array

    # @mock-only: needs a server with no jobs of the type, which only the mock's per-scenario namespace guarantees
    @mock-only @must @JOBS-TYPE-005
    Scenario: A type without jobs is listed as an empty array
      When the system admin lists the jobs of type data_retention
      Then the empty listing is written as an empty array

    @must @JOBS-TYPE-005
    Scenario: A page past the end is listed as an empty array
      Given a job the system admin created
      When the system admin lists the jobs of the configured type, page "1000000000" at "200" per page
      Then the empty listing is written as an empty array
