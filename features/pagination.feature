Feature: Paging through lists of jobs
  GET /api/v4/jobs and GET /api/v4/jobs/type/{job_type} read page and per_page as upstream's web/params.go does
  (strconv.Atoi): a page that is not a number or is negative is page 0; a per_page that is not a number or is
  negative is 60, one above 200 is 200, and 0 is allowed. The store (server/channels/store/sqlstore/job_store.go)
  answers LIMIT per_page OFFSET page*per_page, newest create_at first; page*per_page is a Go int multiplication, and
  an offset past int64 wraps to a negative number that Postgres refuses.

  Rule: A page holds at most per_page jobs: 60 unless asked, never more than 200

    # @mock-only: the rule shows only with more jobs than a page holds, all known, which only a mock can guarantee
    @mock-only
    Scenario Outline: A page holds 60 jobs when no page size is asked for
      Given 65 stored active_users jobs
      When the system admin lists <listing>, page "0"
      Then the listing holds the 60 newest stored jobs

      @must @JOBS-PAGE-001
      Examples: Every list
        | listing                                |
        | all jobs                               |
        | the jobs filtered to type active_users |
        | the jobs filtered to status pending    |
        | the jobs of type active_users          |

    # @mock-only: the rule shows only with more jobs than a page holds, all known, which only a mock can guarantee
    @mock-only
    Scenario Outline: A page size above 200 is cut down to 200
      Given 205 stored active_users jobs
      When the system admin lists <listing>, page "0" at "<per page>" per page
      Then the listing holds the 200 newest stored jobs

      @must @JOBS-PAGE-002
      Examples: Page sizes above the maximum
        | listing                       | per page            |
        | all jobs                      | 201                 |
        | all jobs                      | 1000                |
        | the jobs of type active_users | 201                 |
        | the jobs of type active_users | 9223372036854775807 |

    # @mock-only: the rule shows only with more jobs than a page holds, all known, which only a mock can guarantee
    @mock-only
    Scenario Outline: A page size that is negative or not a number means 60
      Given 65 stored active_users jobs
      When the system admin lists <listing>, page "0" at "<per page>" per page
      Then the listing holds the 60 newest stored jobs

      @must @JOBS-PAGE-005
      Examples: Page sizes that read as the default
        | listing                       | per page             |
        | all jobs                      | -1                   |
        | all jobs                      | abc                  |
        | all jobs                      |                      |
        | all jobs                      | 99999999999999999999 |
        | the jobs of type active_users | -200                 |
        | the jobs of type active_users | 1.5                  |

    Scenario Outline: A page size of 0 holds no jobs
      Given a job the system admin created
      When the system admin lists <listing>, page "0" at "0" per page
      Then the listing holds no jobs

      @must @JOBS-PAGE-003
      Examples: Every list
        | listing                                  |
        | all jobs                                 |
        | the jobs filtered to the configured type |
        | the jobs filtered to status pending      |
        | the jobs of the configured type          |

  Rule: A page that is negative or not a number is the first page

    Scenario Outline: A page that is negative or not a number reads as page 0
      Given a job the system admin created
      When the system admin lists <listing>, page "<page>" at "200" per page
      Then the listing includes the job

      @must @JOBS-PAGE-004
      Examples: Pages that read as the first
        | listing                         | page                 |
        | all jobs                        | -1                   |
        | all jobs                        | abc                  |
        | all jobs                        |                      |
        | all jobs                        | 99999999999999999999 |
        | the jobs of the configured type | -5                   |
        | the jobs of the configured type | first                |

  Rule: Page n holds the jobs from n*per_page on, newest first, and pages past the end are empty

    # @mock-only: the exact content of a page can only be known when the scenario's jobs are the only ones
    @mock-only
    Scenario Outline: Each page holds the next jobs, newest first
      Given these stored jobs:
        | job | type         | status  | created |
        | a   | active_users | success | 1000    |
        | b   | active_users | success | 2000    |
        | c   | active_users | pending | 3000    |
        | d   | active_users | error   | 4000    |
        | e   | active_users | success | 5000    |
      When the system admin lists <listing>, page "<page>" at "2" per page
      Then the listing is exactly <listed>

      @must @JOBS-PAGE-006
      Examples: Full pages
        | listing                       | page | listed  |
        | all jobs                      | 0    | e and d |
        | all jobs                      | 1    | c and b |
        | the jobs of type active_users | 1    | c and b |

      @must @JOBS-PAGE-006
      Examples: The last page, only partly full
        | listing                       | page | listed |
        | all jobs                      | 2    | a      |
        | the jobs of type active_users | 2    | a      |

    Scenario Outline: Paging through a list shows every job once, newest first
      Given jobs the system admin created one after another, named first, second and third
      When the system admin pages through <listing> at 2 per page
      Then no page holds more than 2 jobs
      And every page is newest first
      And the listing shows third, second and first in that order

      @must @JOBS-PAGE-006
      Examples: Every list
        | listing                                  |
        | all jobs                                 |
        | the jobs filtered to the configured type |
        | the jobs of the configured type          |

    # @mock-only: "just past the end" is only known when the scenario's jobs are the only ones
    @mock-only @must @JOBS-PAGE-007
    Scenario: The page just past the last job holds no jobs
      Given these stored jobs:
        | job | type         | status  | created |
        | a   | active_users | success | 1000    |
        | b   | active_users | success | 2000    |
      When the system admin lists the jobs of type active_users, page "1" at "2" per page
      Then the listing holds no jobs

    Scenario Outline: A page far past the end holds no jobs
      Given a job the system admin created
      When the system admin lists <listing>, page "<page>" at "200" per page
      Then the listing holds no jobs

      @must @JOBS-PAGE-007
      Examples: Huge pages whose offset still fits in 64 bits
        | listing                                  | page              |
        | all jobs                                 | 1000000000        |
        | the jobs filtered to the configured type | 1000000000        |
        | the jobs of the configured type          | 46116860184273879 |

  Rule: An offset beyond 64 bits is a server error

    # Not @mock-only: it needs nothing but a request, changes nothing, and a real server (Postgres, the only database
    # of server 11) answers it the same way: page*per_page wraps to a negative int, job_store.go hands Postgres
    # uint64(offset), which is past bigint, and the query fails. @should: an error path that upstream's tests do not
    # pin and that ExperimentalEnableHardenedMode would blank to a bare 500.
    Scenario Outline: A page whose offset overflows 64 bits fails with a server error
      When the system admin lists <listing>, page "9223372036854775807" at "2" per page
      Then the request fails with 500 "app.job.get_all.app_error"

      @should @JOBS-PAGE-008
      Examples: Every list
        | listing                                  |
        | all jobs                                 |
        | the jobs filtered to the configured type |
        | the jobs filtered to status pending      |
        | the jobs of the configured type          |
