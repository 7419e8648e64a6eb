package io.jobsconformance.conformance.steps;

import io.cucumber.java.ParameterType;
import io.cucumber.java.en.When;
import io.jobsconformance.conformance.server.Actor;

/**
 * Any of the seven operations, named in plain words ({@code {operation}}), for rules that every operation must keep
 * alike: the headers of an answer, the URI length limit. Authentication variants live in {@link AuthSteps}.
 */
public final class OperationSteps {
  private final ScenarioContext context;

  public OperationSteps(ScenarioContext context) {
    this.context = context;
  }

  @ParameterType(Operation.PHRASES)
  public Operation operation(String phrase) {
    return Operation.fromPhrase(phrase);
  }

  @When("{actor} asks to {operation}")
  public void asksTo(Actor actor, Operation operation) {
    operation.send(context, context.caller(actor), false);
  }

  @When("{actor} asks to {operation} with an address over 2048 characters")
  public void asksToWithAnOverlongAddress(Actor actor, Operation operation) {
    operation.send(context, context.caller(actor), true);
  }
}
