Feature: Malformed requirement tag
  @JOBS-cancel-1 @must
  Scenario: A requirement tag of the wrong form
    Given a pending data_retention job
