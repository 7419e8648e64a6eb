Feature: Cancel a job
  Mirrors api4/job.go cancelJob.

  @JOBS-CANCEL-001 @must
  Scenario: Cancelling a pending job cancels it
    Given a pending data_retention job
    When the system admin cancels the job
    Then the job is canceled

  # Seeding a finished job needs the mock's control plane.
  @JOBS-CANCEL-002 @should @mock-only
  Scenario Outline: Cancelling a <status> job is refused
    Given a <status> data_retention job
    When the system admin cancels the job
    Then the response is 500

    Examples: Reachable on any server
      | status  |
      | success |

    # An error job can only be seeded through the control plane.
    @mock-only
    Examples: Seeded states
      | status |
      | error  |
