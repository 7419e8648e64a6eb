Feature: Level mismatch
  @JOBS-CANCEL-002 @must
  Scenario: A SHOULD requirement tagged must
    Given a finished data_retention job
