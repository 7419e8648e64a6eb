Feature: No requirement tag
  @must
  Scenario: A scenario that names no requirement
    Given a pending data_retention job
