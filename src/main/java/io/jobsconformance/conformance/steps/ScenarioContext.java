package io.jobsconformance.conformance.steps;

import com.fasterxml.jackson.databind.JsonNode;
import io.jobsconformance.conformance.client.AuthStyle;
import io.jobsconformance.conformance.client.Caller;
import io.jobsconformance.conformance.client.Exchange;
import io.jobsconformance.conformance.client.JobsApiClient;
import io.jobsconformance.conformance.client.MockControl;
import io.jobsconformance.conformance.client.SpecCheck;
import io.jobsconformance.conformance.server.Actor;
import io.jobsconformance.conformance.server.EmbeddedMock;
import io.jobsconformance.conformance.server.TargetConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import org.opentest4j.TestAbortedException;

/**
 * Everything one scenario knows, shared by its step classes through PicoContainer (a fresh instance per scenario):
 * the target, the API client, the mock's control plane when there is one, the job the scenario is about, the last
 * answer, and the jobs it created (cancelled afterwards on a real server).
 */
public final class ScenarioContext {
  private final TargetConfig target = TargetConfig.fromSystem();
  private final String baseUrl = target.embedded() ? EmbeddedMock.baseUrl() : target.baseUrl();
  private final String namespace = "scenario-" + UUID.randomUUID();
  private final SpecCheck spec = new SpecCheck(target.strictSpec());
  private final Map<String, String> namespaceHeader =
      target.embedded() ? Map.of("X-Mock-Namespace", namespace) : Map.of();
  private final JobsApiClient api = new JobsApiClient(baseUrl, namespaceHeader, spec);
  private final JobsApiClient housekeeping = new JobsApiClient(baseUrl, namespaceHeader, SpecCheck.ignoring());
  private final List<String> createdJobIds = new ArrayList<>();
  private Exchange last;
  private String jobId;
  private Supplier<String> recreate;
  private JsonNode jobAfterAction;

  public TargetConfig target() {
    return target;
  }

  public JobsApiClient api() {
    return api;
  }

  /** For requests that are not part of what a scenario checks: not validated, not counted. */
  public JobsApiClient housekeeping() {
    return housekeeping;
  }

  public SpecCheck spec() {
    return spec;
  }

  /** The mock's control plane; a scenario that needs it on a real server is skipped, never failed. */
  public MockControl control() {
    if (!target.embedded()) {
      throw new TestAbortedException("needs the mock's control plane, which a real server does not have");
    }
    return new MockControl(baseUrl, namespace);
  }

  /** The actor's credentials; an actor whose token was not given is skipped with the setting to give. */
  public Caller caller(Actor actor) {
    String token =
        target
            .token(actor)
            .orElseThrow(
                () ->
                    new TestAbortedException(
                        actor.setting() == null
                            ? actor.phrase() + " exists only on the mock"
                            : actor.phrase() + " is not configured: set " + actor.setting()));
    return new Caller(token, target.embedded() ? actor.mockCsrf() : null, AuthStyle.BEARER);
  }

  public Exchange remember(Exchange exchange) {
    this.last = exchange;
    return exchange;
  }

  public Exchange last() {
    if (last == null) {
      throw new IllegalStateException("no request has been sent in this scenario yet");
    }
    return last;
  }

  public String jobId() {
    if (jobId == null) {
      throw new IllegalStateException("this scenario has no job yet");
    }
    return jobId;
  }

  /** Makes {@code id} the scenario's job; {@code recreateLikeIt} makes another one like it, or is null for seeds. */
  public void job(String id, Supplier<String> recreateLikeIt) {
    this.jobId = id;
    this.recreate = recreateLikeIt;
    this.jobAfterAction = null;
  }

  /** Acts on the scenario's job and remembers the answer, redoing it on a fresh job if a worker raced (real servers). */
  public Exchange actOnJob(Function<String, Exchange> action) {
    return remember(new WorkerRace(this).act(action, recreate));
  }

  void jobId(String id) {
    this.jobId = id;
    this.jobAfterAction = null;
  }

  public void created(String id) {
    createdJobIds.add(id);
  }

  public List<String> createdJobIds() {
    return List.copyOf(createdJobIds);
  }

  /** The job as it stood right after the scenario's last action on it (see {@link WorkerRace}). */
  public JsonNode jobAfterAction() {
    if (jobAfterAction == null) {
      jobAfterAction = new WorkerRace(this).currentJob(jobId());
    }
    return jobAfterAction;
  }

  void jobAfterAction(JsonNode job) {
    this.jobAfterAction = job;
  }

  String namespace() {
    return namespace;
  }
}
