Feature: Not Gherkin
  Scenario: broken
    Given a step
  | a table without a step above is fine but this line is not: |
  Nonsense line that is no keyword
