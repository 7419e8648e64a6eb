Feature: Authentication
  Every job route is wrapped in APISessionRequired (download in APISessionRequiredTrustRequester), so
  server/channels/web/handlers.go ServeHTTP authenticates the request before any handler runs. It takes the token
  where server/channels/app/authentication.go ParseAuthTokenFromRequest finds it first: the session cookie, then the
  authorization header under the Bearer scheme (in any case), then under the Token scheme, then the query string,
  which only OAuth sessions may use. A cookie-borne session must prove a change is not a cross-site request forgery
  (checkCSRFToken). No token, or one no session has, is answered 401 before anything else is looked at.

  Rule: A token is accepted in every place the server reads one

    @must @JOBS-AUTH-001
    Scenario Outline: The bearer scheme is read in any case
      When the system admin asks to list all jobs <carriage>
      Then the request succeeds with 200

      Examples:
        | carriage                             |
        | with the bearer scheme in lower case |
        | with the bearer scheme in capitals   |

    @must @JOBS-AUTH-002
    Scenario: A token under the Token scheme authenticates the request
      When the system admin asks to list all jobs with the token under the Token scheme
      Then the request succeeds with 200

    @must @JOBS-AUTH-003
    Scenario: A session cookie authenticates a request that only reads
      When the system admin asks to list all jobs with the token in a cookie
      Then the request succeeds with 200

    @must @JOBS-AUTH-004
    Scenario: The session cookie is read before the authorization header
      When the system admin asks to list all jobs with a bearer token and an unknown session cookie
      Then the request fails with 401 "api.context.session_expired.app_error"

    # @mock-only: only the mock's control plane can add an OAuth session
    @mock-only @must @JOBS-AUTH-005
    Scenario: An OAuth session may send its token in the query string
      Given the system admin has authorized an OAuth app
      When the OAuth app asks to list all jobs with its token in the query string
      Then the request succeeds with 200

  Rule: A cookie-borne session must prove that a change is not a forged cross-site request

    # @mock-only: the proof is the session's CSRF token, which only the mock reveals; and a real server's token may
    # belong to a session without one (a personal access token), which the CSRF check then cannot tell apart
    @mock-only @must @JOBS-AUTH-006
    Scenario Outline: A change sent with only a session cookie is refused as a possible forgery
      Given a job the system admin created
      When the system admin asks to <change> with the token in a cookie
      Then the request fails with 401 "api.context.session_expired.app_error"
      And the jobs the scenario created are untouched

      Examples:
        | change                  |
        | create a job            |
        | cancel the job          |
        | change the job's status |

    # @mock-only: the proof is the session's CSRF token, which only the mock reveals
    @mock-only @must @JOBS-AUTH-007
    Scenario Outline: A change sent with a session cookie and the session's CSRF token is accepted
      Given a job the system admin created
      When the system admin asks to <change> with the token in a cookie and the session's CSRF token
      Then the request succeeds with <status>

      Examples:
        | change                  | status |
        | create a job            | 201    |
        | cancel the job          | 200    |
        | change the job's status | 200    |

    # @mock-only: on a real server the token may belong to a session without a CSRF token, which passes the check
    # anyway; only the mock's sessions show that the XMLHttpRequest marker is what lets the change through
    @mock-only @should @JOBS-AUTH-008
    Scenario Outline: A change sent with a session cookie as an XMLHttpRequest is still accepted
      Given a job the system admin created
      When the system admin asks to <change> with the token in a cookie, as an XMLHttpRequest
      Then the request succeeds with <status>

      Examples:
        | change                  | status |
        | create a job            | 201    |
        | cancel the job          | 200    |
        | change the job's status | 200    |

  Rule: Without a valid session every operation is refused with 401, before anything else is looked at

    Scenario Outline: A request without a token is refused on every operation
      Given an unknown job id
      When someone without a token asks to <operation>
      Then the request fails with 401 "api.context.session_expired.app_error"

      @must @JOBS-AUTH-009
      Examples: The seven operations
        | operation                  |
        | list all jobs              |
        | list the jobs of a type    |
        | get the job                |
        | create a job               |
        | cancel the job             |
        | change the job's status    |
        | download the job's results |

    Scenario Outline: A token that no session has is refused on every operation
      Given an unknown job id
      When someone with an invalid token asks to <operation>
      Then the request fails with 401 "api.context.session_expired.app_error"

      @must @JOBS-AUTH-010
      Examples: The seven operations
        | operation                  |
        | list all jobs              |
        | list the jobs of a type    |
        | get the job                |
        | create a job               |
        | cancel the job             |
        | change the job's status    |
        | download the job's results |

    Scenario Outline: A token that is not an OAuth session's is refused in the query string on every operation
      Given an unknown job id
      When the system admin asks to <operation> with the token in the query string
      Then the request fails with 401 "api.context.token_provided.app_error"

      @must @JOBS-AUTH-011
      Examples: The seven operations
        | operation                  |
        | list all jobs              |
        | list the jobs of a type    |
        | get the job                |
        | create a job               |
        | cancel the job             |
        | change the job's status    |
        | download the job's results |

    Scenario Outline: Authentication is checked before the job id, the download setting and the job itself
      Given a job id of 25 letters and digits
      When someone without a token asks to <operation>
      Then the request fails with 401 "api.context.session_expired.app_error"

      @must @JOBS-AUTH-012
      Examples: The operations on a job
        | operation                  |
        | get the job                |
        | cancel the job             |
        | change the job's status    |
        | download the job's results |
