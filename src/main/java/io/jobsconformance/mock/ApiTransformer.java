package io.jobsconformance.mock;

import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.jobsconformance.api.ApiResponse;
import io.jobsconformance.mock.namespace.NamespaceName;
import io.jobsconformance.mock.namespace.Namespaces;
import io.jobsconformance.mock.namespace.RefusedRequest;

/**
 * Serves a matched request from the reference implementation: picks the namespace, converts the request, lets the
 * namespace's {@code Api4} answer, converts the answer back. No behaviour of the Jobs API lives here. Not global:
 * only mappings that name {@value #NAME} reach it, so WireMock's own stubs keep working beside it.
 */
public final class ApiTransformer implements ResponseDefinitionTransformerV2 {
  public static final String NAME = "mattermost-api";
  private final Namespaces namespaces;

  public ApiTransformer(Namespaces namespaces) {
    this.namespaces = namespaces;
  }

  @Override
  public ResponseDefinition transform(ServeEvent serveEvent) {
    Request request = serveEvent.getRequest();
    ApiResponse response;
    Integer delay = null;
    try {
      delay = DelayParameter.of(serveEvent.getTransformerParameters(), request);
      response =
          namespaces.resolve(request.getHeader(NamespaceName.HEADER)).api().serve(ApiConversions.toApiRequest(request));
    } catch (RefusedRequest refused) {
      response = MockErrors.response(refused);
    }
    return ApiConversions.toResponseDefinition(response, delay);
  }

  @Override
  public boolean applyGlobally() {
    return false;
  }

  @Override
  public String getName() {
    return NAME;
  }

  /** WireMock calls this when its admin API shuts the server down: the worker simulation stops with it. */
  @Override
  public void stop() {
    namespaces.close();
  }
}
