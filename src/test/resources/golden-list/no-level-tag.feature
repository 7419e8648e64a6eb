Feature: No level tag
  @JOBS-CANCEL-001
  Scenario: A scenario with neither must nor should
    Given a pending data_retention job
