Feature: A failing job store
  When the database behind the job store fails, the server answers 500 with the error id of the step that failed:
  the lookup of app/job.go GetJob (app.job.get.app_error), the page queries of GetJobsByTypesPage and
  GetJobsByTypePage (app.job.get_all.app_error), and the insert of jobs/jobs.go CreateJob (app.job.save.app_error).
  The lookup comes before any permission or state rule, so cancel and status changes fail at the lookup too.

  Background:
    Given a data_retention job with status pending

  # Mock-only: the mock's store_failure setting stands in for an unreachable database; a real server cannot be told to fail.
  @mock-only @must @JOBS-DB-001
  Scenario: Getting a job from a failing store is an internal error
    Given the job store is failing
    When the system admin gets the job
    Then the request fails with 500 "app.job.get.app_error"

  # Mock-only: the mock's store_failure setting stands in for an unreachable database; a real server cannot be told to fail.
  @mock-only @must @JOBS-DB-001
  Scenario: Cancelling a job fails at the lookup when the store fails
    Given the job store is failing
    When the system admin cancels the job
    Then the request fails with 500 "app.job.get.app_error"

  # Mock-only: the mock's store_failure setting stands in for an unreachable database; a real server cannot be told to fail.
  @mock-only @must @JOBS-DB-001
  Scenario: Changing a job's status fails at the lookup when the store fails
    Given the job store is failing
    When the system admin changes the job's status to cancel_requested
    Then the request fails with 500 "app.job.get.app_error"

  # Mock-only: the mock's store_failure setting stands in for an unreachable database; a real server cannot be told to fail.
  @mock-only @must @JOBS-DB-002
  Scenario: Listing jobs from a failing store is an internal error
    Given the job store is failing
    When the system admin lists all jobs
    Then the request fails with 500 "app.job.get_all.app_error"

  # Mock-only: the mock's store_failure setting stands in for an unreachable database; a real server cannot be told to fail.
  @mock-only @must @JOBS-DB-002
  Scenario: Listing the jobs of a type from a failing store is an internal error
    Given the job store is failing
    When the system admin lists the jobs of type data_retention
    Then the request fails with 500 "app.job.get_all.app_error"

  # Mock-only: the mock's store_failure setting stands in for an unreachable database; a real server cannot be told to fail.
  @mock-only @must @JOBS-DB-003
  Scenario: Creating a job in a failing store is an internal error
    Given the job store is failing
    When the system admin creates a data_retention job
    Then the request fails with 500 "app.job.save.app_error"
