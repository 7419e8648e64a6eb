package io.jobsconformance.conformance.steps;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cucumber.datatable.DataTable;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.When;
import io.jobsconformance.conformance.client.Exchange;
import io.jobsconformance.conformance.server.Actor;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Creating jobs through the API, of the one type a real-server run may create ({@code MM_JOB_TYPE}): as the action
 * under test, and as named jobs a scenario then lists. Jobs made "one after another" are a few milliseconds apart, so
 * the server gives each its own {@code create_at} and the newest-first rule has an order to show.
 */
public final class CreateSteps {
  /** The values a client may send for fields only the server sets; each must be ignored. */
  private static final Map<String, JsonNode> OWN_VALUES =
      Map.of(
          "id", JsonNodeFactory.instance.textNode("ownidownidownidownidownido"),
          "status", JsonNodeFactory.instance.textNode("success"),
          "priority", JsonNodeFactory.instance.numberNode(7L),
          "create_at", JsonNodeFactory.instance.numberNode(1000L),
          "start_at", JsonNodeFactory.instance.numberNode(2000L),
          "last_activity_at", JsonNodeFactory.instance.numberNode(3000L),
          "progress", JsonNodeFactory.instance.numberNode(42L));

  private final ScenarioContext context;
  private final NamedJobs named;

  public CreateSteps(ScenarioContext context, NamedJobs named) {
    this.context = context;
    this.named = named;
  }

  @When("{actor} creates a job of the configured type")
  public void createsAJobOfTheConfiguredType(Actor actor) {
    create(actor, body(null));
  }

  @When("{actor} creates a job of the configured type with the data:")
  public void createsAJobWithData(Actor actor, DataTable data) {
    create(actor, body(data.asMap()));
  }

  @When("{actor} creates a job of the configured type, sending its own {word}")
  public void createsAJobSendingItsOwn(Actor actor, String field) {
    JsonNode value = OWN_VALUES.get(field);
    if (value == null) {
      throw new IllegalArgumentException("no made-up value for '" + field + "'; known: " + OWN_VALUES.keySet());
    }
    ObjectNode body = body(null);
    body.set(field, value);
    named.sent(field, value);
    create(actor, body);
  }

  @When("{actor} creates a job without a type")
  public void createsAJobWithoutAType(Actor actor) {
    create(actor, JsonNodeFactory.instance.objectNode());
  }

  @Given("a job {actor} created with the data:")
  public void aJobCreatedWithData(Actor actor, DataTable data) {
    Map<String, String> values = data.asMap();
    String id = createOrFail(actor, body(values)).path("id").asText();
    context.job(id, () -> createOrFail(actor, body(values)).path("id").asText());
  }

  @Given("a job {actor} created, named {word}")
  public void aNamedJob(Actor actor, String name) {
    JsonNode job = createOrFail(actor, body(null));
    named.name(name, job);
    context.job(job.path("id").asText(), () -> createOrFail(actor, body(null)).path("id").asText());
  }

  @Given("jobs {actor} created one after another, named {jobNames}")
  public void jobsOneAfterAnother(Actor actor, List<String> names) throws InterruptedException {
    for (String name : names) {
      long before = System.currentTimeMillis();
      aNamedJob(actor, name);
      while (System.currentTimeMillis() < before + 3) {
        Thread.sleep(1);
      }
    }
  }

  /**
   * Cancels a fresh pending job, which makes it canceled at once; if the server's workers claim it first, the job is
   * made afresh and cancelled again (see {@link WorkerRace}), so the named job is the canceled one.
   */
  @Given("a job {actor} created and canceled, named {word}")
  public void aNamedCanceledJob(Actor actor, String name) {
    Supplier<String> fresh = () -> createOrFail(actor, body(null)).path("id").asText();
    context.job(fresh.get(), fresh);
    Exchange answer = context.actOnJob(id -> context.api().cancelJob(context.caller(actor), id));
    JsonNode job = context.jobAfterAction();
    if (answer.status() != 200 || job == null || !"canceled".equals(job.path("status").asText())) {
      throw new IllegalStateException("could not make a canceled job to work with: " + answer + " / " + job);
    }
    named.name(name, job);
  }

  private Exchange create(Actor actor, ObjectNode body) {
    Exchange answer =
        context.remember(
            context.api().createJob(context.caller(actor), body.toString().getBytes(StandardCharsets.UTF_8)));
    if (answer.status() == 201) {
      String id = answer.json().path("id").asText();
      context.created(id);
      context.job(id, null);
    }
    return answer;
  }

  private JsonNode createOrFail(Actor actor, ObjectNode body) {
    Exchange answer =
        context.api().createJob(context.caller(actor), body.toString().getBytes(StandardCharsets.UTF_8));
    if (answer.status() != 201) {
      throw new IllegalStateException("could not create a job to work with: " + answer);
    }
    context.created(answer.json().path("id").asText());
    return answer.json();
  }

  private ObjectNode body(Map<String, String> data) {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.put("type", context.target().jobType());
    if (data != null) {
      data.forEach(body.putObject("data")::put);
    }
    return body;
  }
}
