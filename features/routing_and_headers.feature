Feature: Routing and response headers
  The seven routes of server/channels/api4/job.go InitJob are the only requests the Jobs API takes: any other path or
  method under the API root falls through to api4/api.go Handle404 (gorilla/mux has no method-not-allowed handler, so
  there is no 405). Before a handler runs, server/channels/web/handlers.go ServeHTTP refuses a request URI longer than
  ServiceSettings.MaximumURLLength (2048) and sets the headers every answer carries.

  Rule: A request that no route takes is answered 404

    Scenario Outline: A path or method that no route takes is not found
      Given a job the system admin created
      When the system admin <request>
      Then the server knows no such route
      And the jobs the scenario created are untouched

      @must @JOBS-HTTP-001
      Examples: Unknown paths and wrong methods under the jobs route
        | request                                     |
        | asks for the job list with a trailing slash |
        | asks for the jobs of an empty type          |
        | asks for an unknown part of the job         |
        | tries to delete the job                     |
        | tries to replace the job list               |
        | tries to read the job's cancellation        |
        | tries to post the job's status              |

    @should @JOBS-HTTP-002
    Scenario: A route miss is answered outside the API handlers, with no request id in its error
      Given an unknown job id
      When the system admin tries to delete the job
      Then the server knows no such route
      And the error carries no request id

    @must @JOBS-HTTP-003
    Scenario: The word type with no job type after it is taken for a job id and refused
      Given a job id written as "type"
      When the system admin gets the job
      Then the request fails with 400 "api.context.invalid_url_param.app_error"

  Rule: A request URI longer than 2048 characters is refused before anything else

    Scenario Outline: A request URI over 2048 characters is refused with 414 on every operation
      Given an unknown job id
      When the system admin asks to <operation> with an address over 2048 characters
      Then the request fails with 414 "basic_security_check.url.too_long_error"

      @must @JOBS-HTTP-004
      Examples: The seven operations
        | operation                  |
        | list all jobs              |
        | list the jobs of a type    |
        | get the job                |
        | create a job               |
        | cancel the job             |
        | change the job's status    |
        | download the job's results |

  Rule: Every answer of the Jobs API carries the server's standard headers

    Scenario Outline: Every answer carries a request id of 26 characters
      Given an unknown job id
      When the system admin asks to <operation>
      Then the answer carries a request id of 26 characters

      @must @JOBS-HTTP-005
      Examples: The seven operations
        | operation                  |
        | list all jobs              |
        | list the jobs of a type    |
        | get the job                |
        | create a job               |
        | cancel the job             |
        | change the job's status    |
        | download the job's results |

    Scenario Outline: An error names the request id of its answer
      Given an unknown job id
      When <actor> asks to <operation>
      Then the error names the request id of its answer

      @must @JOBS-HTTP-006
      Examples: Errors of every operation
        | actor            | operation                  |
        | a plain user     | list all jobs              |
        | a plain user     | list the jobs of a type    |
        | the system admin | get the job                |
        | a plain user     | create a job               |
        | the system admin | cancel the job             |
        | the system admin | change the job's status    |
        | the system admin | download the job's results |

    Scenario Outline: Every answer carries the server's version
      Given an unknown job id
      When the system admin asks to <operation>
      Then the answer carries the server's version

      @must @JOBS-HTTP-007
      Examples: The seven operations
        | operation                  |
        | list all jobs              |
        | list the jobs of a type    |
        | get the job                |
        | create a job               |
        | cancel the job             |
        | change the job's status    |
        | download the job's results |

    Scenario Outline: Every answer is JSON
      Given an unknown job id
      When the system admin asks to <operation>
      Then the answer is JSON

      @must @JOBS-HTTP-008
      Examples: The seven operations
        | operation                  |
        | list all jobs              |
        | list the jobs of a type    |
        | get the job                |
        | create a job               |
        | cancel the job             |
        | change the job's status    |
        | download the job's results |

    Scenario Outline: Every answer forbids content sniffing and referrers
      Given an unknown job id
      When the system admin asks to <operation>
      Then the answer forbids content sniffing and referrers

      @must @JOBS-HTTP-009
      Examples: The seven operations
        | operation                  |
        | list all jobs              |
        | list the jobs of a type    |
        | get the job                |
        | create a job               |
        | cancel the job             |
        | change the job's status    |
        | download the job's results |

  Rule: Answers to GET requests are already expired for caches, answers to changes carry no expiry date

    Scenario Outline: An answer to a GET request is already expired for caches
      Given an unknown job id
      When the system admin asks to <operation>
      Then the answer is already expired for caches

      @should @JOBS-HTTP-010
      Examples: The four GET operations
        | operation                  |
        | list all jobs              |
        | list the jobs of a type    |
        | get the job                |
        | download the job's results |

    Scenario Outline: An answer to a change carries no expiry date
      Given an unknown job id
      When the system admin asks to <operation>
      Then the answer has no expiry date

      @should @JOBS-HTTP-010
      Examples: The three changes
        | operation               |
        | create a job            |
        | cancel the job          |
        | change the job's status |
