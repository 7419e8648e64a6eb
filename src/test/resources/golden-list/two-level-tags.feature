@must
Feature: Two level tags
  @JOBS-CANCEL-001 @should
  Scenario: A scenario that inherits must and says should
    Given a pending data_retention job
