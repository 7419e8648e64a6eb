Feature: Mock-only without a reason

  @JOBS-CANCEL-001 @must @mock-only
  Scenario: A mock-only scenario nobody explained
    Given a pending data_retention job

  @JOBS-CANCEL-001 @must
  Scenario Outline: An outline with an unexplained mock-only Examples block
    Given a <status> data_retention job

    Examples: Fine
      | status  |
      | pending |

    @mock-only
    Examples: Unexplained
      | status |
      | error  |
