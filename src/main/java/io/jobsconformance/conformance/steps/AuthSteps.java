package io.jobsconformance.conformance.steps;

import io.cucumber.java.ParameterType;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.When;
import io.jobsconformance.conformance.client.AuthStyle;
import io.jobsconformance.conformance.client.Caller;
import io.jobsconformance.conformance.server.Actor;
import io.jobsconformance.model.Ids;

/**
 * How a caller proves who it is ({@code app.ParseAuthTokenFromRequest}): the ways a token may travel, named in words
 * so that no header appears in a feature, and callers with no token, a token no server issued, or an OAuth session
 * (added through the mock's control plane, the one kind of session a suite cannot make on a real server).
 */
public final class AuthSteps {
  private final ScenarioContext context;
  private String oauthToken;

  public AuthSteps(ScenarioContext context) {
    this.context = context;
  }

  @ParameterType(
      "with the token in a cookie|with the token in a cookie and the session's CSRF token"
          + "|with the token in a cookie, as an XMLHttpRequest|with the token in the query string"
          + "|with the token under the Token scheme|with the bearer scheme in lower case"
          + "|with the bearer scheme in capitals|with a bearer token and an unknown session cookie")
  public AuthStyle tokenCarriage(String phrase) {
    return switch (phrase) {
      case "with the token in a cookie" -> AuthStyle.COOKIE;
      case "with the token in a cookie and the session's CSRF token" -> AuthStyle.COOKIE_WITH_CSRF;
      case "with the token in a cookie, as an XMLHttpRequest" -> AuthStyle.COOKIE_WITH_REQUESTED_WITH;
      case "with the token in the query string" -> AuthStyle.QUERY;
      case "with the token under the Token scheme" -> AuthStyle.TOKEN;
      case "with the bearer scheme in lower case" -> AuthStyle.BEARER_LOWER_CASE;
      case "with the bearer scheme in capitals" -> AuthStyle.BEARER_UPPER_CASE;
      case "with a bearer token and an unknown session cookie" -> AuthStyle.BEARER_UNDER_AN_UNKNOWN_COOKIE;
      default -> throw new IllegalArgumentException(phrase);
    };
  }

  @When("{actor} asks to {operation} {tokenCarriage}")
  public void asksToWithTheTokenCarried(Actor actor, Operation operation, AuthStyle style) {
    operation.send(context, context.caller(actor).sending(style), false);
  }

  @When("someone without a token asks to {operation}")
  public void someoneWithoutATokenAsksTo(Operation operation) {
    operation.send(context, Caller.ANONYMOUS, false);
  }

  @When("someone with an invalid token asks to {operation}")
  public void someoneWithAnInvalidTokenAsksTo(Operation operation) {
    // Well-formed (26 characters, like every Mattermost token), but no session has it.
    operation.send(context, Caller.bearer(Ids.newId()), false);
  }

  @Given("the system admin has authorized an OAuth app")
  public void theSystemAdminHasAuthorizedAnOAuthApp() {
    oauthToken = "oauth" + Ids.newId();
    context
        .control()
        .addSession("{\"token\":\"" + oauthToken + "\",\"roles\":\"system_user system_admin\",\"is_oauth\":true}");
  }

  @When("the OAuth app asks to {operation} with its token in the query string")
  public void theOAuthAppAsksToWithItsTokenInTheQueryString(Operation operation) {
    if (oauthToken == null) {
      throw new IllegalStateException("no OAuth app was authorized in this scenario");
    }
    operation.send(context, new Caller(oauthToken, null, AuthStyle.QUERY), false);
  }
}
