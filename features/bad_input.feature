Feature: Bad input
  Input a client gets wrong must be refused without harm. Job ids go through the routes of server/channels/api4/job.go
  InitJob ([A-Za-z0-9]+, matched on the decoded path) and then web/context.go RequireJobId (model.IsValidId: exactly
  26 letters or digits). createJob decodes its body with json.NewDecoder into a model.Job, reading at most
  MaximumPayloadSizeBytes (300000) + 512 bytes (web/handlers.go ServeHTTP); updateJobStatus reads its body with
  model.StringInterfaceFromJSON, which ignores decode errors. Paging numbers are read by web/params.go. After every
  refusal the jobs the scenario created must be as they were made, and the server must still answer.

  Rule: A job id must be 26 letters or digits

    Scenario Outline: A job id of the wrong length is refused on every operation on a job
      Given a job the system admin created
      And a job id of <length> letters and digits
      When the system admin <action>
      Then the request fails with 400 "api.context.invalid_url_param.app_error"
      And the jobs the scenario created are untouched
      And the server still answers normally

      @must @JOBS-INPUT-001
      Examples: One character too short or too long
        | length | action                                       |
        | 25     | gets the job                                 |
        | 27     | gets the job                                 |
        | 25     | cancels the job                              |
        | 27     | cancels the job                              |
        | 25     | changes the job's status to cancel_requested |
        | 27     | changes the job's status to cancel_requested |
        | 25     | downloads the job's results                  |
        | 27     | downloads the job's results                  |

    @must @JOBS-INPUT-001
    Scenario Outline: A job id that decodes to 25 letters is refused however it was encoded
      Given a job the system admin created
      And a job id of 25 percent-encoded letters
      When the system admin <action>
      Then the request fails with 400 "api.context.invalid_url_param.app_error"
      And the jobs the scenario created are untouched

      Examples:
        | action                                       |
        | gets the job                                 |
        | cancels the job                              |
        | changes the job's status to cancel_requested |

    @should @JOBS-INPUT-002
    Scenario Outline: A job id with characters outside ASCII letters and digits matches no route
      Given a job the system admin created
      And <id>
      When the system admin <action>
      Then the server knows no such route
      And the jobs the scenario created are untouched
      And the server still answers normally

      Examples:
        | id                                                                | action                                       |
        | a job id of 26 letters outside ASCII                              | gets the job                                 |
        | a job id of 26 letters outside ASCII                              | cancels the job                              |
        | a job id of 26 letters outside ASCII                              | changes the job's status to cancel_requested |
        | a job id of 26 characters with a percent-encoded punctuation mark | gets the job                                 |
        | a job id of 26 characters with a percent-encoded punctuation mark | cancels the job                              |

    @should @JOBS-INPUT-003
    Scenario: A job id written with percent-encoded letters names the same job
      Given a job the system admin created
      And the job's id written with percent-encoded letters
      When the system admin gets the job
      Then the answer is the job that id names

  Rule: A job to create must be a JSON object of a job, within the size limit

    Scenario Outline: A body that does not decode into a job is refused
      Given a job the system admin created
      When the system admin asks to create a job from <body>
      Then the request fails with 400 "api.context.invalid_body_param.app_error"
      And the jobs the scenario created are untouched
      And the server still answers normally

      @must @JOBS-INPUT-004
      Examples: Bodies that are not a job
        | body                               |
        | malformed JSON                     |
        | a JSON array                       |
        | an empty body                      |
        | a type that is a number            |
        | data that is not an object         |
        | data with a value that is not text |

    @should @JOBS-INPUT-005
    Scenario: The JSON null decodes into an empty job, whose missing type is refused
      Given a job the system admin created
      When the system admin asks to create a job from the JSON null
      Then the request fails with 400 "api.job.unable_to_create_job.incorrect_job_type"
      And the jobs the scenario created are untouched

    # Assumes the default MaximumPayloadSizeBytes (300000) of a real server.
    @must @JOBS-INPUT-006
    Scenario: A body over the size limit is refused as too large
      Given a job the system admin created
      When the system admin asks to create a job from a body over the size limit
      Then the request fails with 413 "api.context.request_body_too_large.app_error"
      And the jobs the scenario created are untouched
      And the server still answers normally

    # Assumes the default MaximumPayloadSizeBytes (300000) of a real server.
    @should @JOBS-INPUT-007
    Scenario: A body exactly at the size limit is still read in full
      When the system admin asks to create a job from a body exactly at the size limit
      Then the request fails with 400 "api.job.unable_to_create_job.incorrect_job_type"

  Rule: A status change must name the new status as text, before the job is even looked at

    Scenario Outline: A status change whose body names no status as text is refused and changes nothing
      Given a job the system admin created
      When the system admin asks to change the job's status with <body>
      Then the request fails with 400 "api.context.invalid_body_param.app_error"
      And the jobs the scenario created are untouched
      And the server still answers normally

      @must @JOBS-INPUT-008
      Examples: Bodies without a status
        | body                      |
        | malformed JSON            |
        | an empty body             |
        | the JSON null             |
        | a status that is a number |
        | a status in a list        |

    # Assumes the default MaximumPayloadSizeBytes (300000) of a real server.
    @should @JOBS-INPUT-009
    Scenario: A status change over the size limit is read as naming no status, not as too large
      Given a job the system admin created
      When the system admin asks to change the job's status with a body over the size limit
      Then the request fails with 400 "api.context.invalid_body_param.app_error"
      And the jobs the scenario created are untouched

  Rule: Paging numbers the server cannot use are replaced by the defaults

    Scenario Outline: A page number that is negative or too large for a 64-bit integer is the first page
      Given a job the system admin created
      When the system admin lists all jobs asking for page "<page>"
      Then the answer lists the jobs the scenario created
      And the jobs the scenario created are untouched

      @must @JOBS-INPUT-010
      Examples: Unusable page numbers
        | page                 |
        | -1                   |
        | -9223372036854775808 |
        | 99999999999999999999 |

    Scenario Outline: A page size that is negative or too large for a 64-bit integer is the default size
      Given a job the system admin created
      When the system admin lists all jobs asking for "<per page>" jobs per page
      Then the answer lists the jobs the scenario created
      And the jobs the scenario created are untouched

      @must @JOBS-INPUT-010
      Examples: Unusable page sizes
        | per page             |
        | -1                   |
        | -9223372036854775808 |
        | 99999999999999999999 |
