Feature: Unknown requirement
  @JOBS-CANCEL-999 @must
  Scenario: A scenario whose requirement is not in the list
    Given a pending data_retention job
