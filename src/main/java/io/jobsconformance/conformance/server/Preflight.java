package io.jobsconformance.conformance.server;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

/**
 * One look at a real server before any scenario runs, so that an unreachable server or a rejected admin token stops
 * the run with one clear sentence instead of hundreds of failures.
 */
public final class Preflight {
  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  private Preflight() {}

  /** Throws {@link TargetUnavailableException} when the target cannot serve the suite. The embedded mock always can. */
  public static void check(TargetConfig config) {
    if (config.embedded()) {
      return;
    }
    String url = config.baseUrl() + "/api/v4/jobs?per_page=1";
    HttpClient client = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(url))
            .timeout(TIMEOUT)
            .header("Authorization", "Bearer " + config.token(Actor.SYSTEM_ADMIN).orElseThrow())
            .GET()
            .build();
    int status;
    try {
      status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (HttpTimeoutException e) {
      throw new TargetUnavailableException("Cannot reach " + config.baseUrl() + ": no answer within " + TIMEOUT.toSeconds() + " s");
    } catch (IOException e) {
      throw new TargetUnavailableException("Cannot reach " + config.baseUrl() + ": " + describe(e));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TargetUnavailableException("Interrupted while checking " + config.baseUrl());
    } catch (IllegalArgumentException e) {
      throw new TargetUnavailableException("MM_BASE_URL is not a usable URL: " + config.baseUrl());
    }
    if (status == 401) {
      throw new TargetUnavailableException(
          "The admin token was rejected by " + config.baseUrl() + " (401): check MM_ADMIN_TOKEN");
    }
    if (status == 403) {
      throw new TargetUnavailableException(
          "The admin token belongs to a user who cannot read jobs (403): MM_ADMIN_TOKEN must be a system admin's");
    }
    if (status != 200) {
      throw new TargetUnavailableException(
          config.baseUrl() + " answered GET /api/v4/jobs with " + status + ": is it a Mattermost server?");
    }
  }

  private static String describe(IOException e) {
    if (e instanceof java.net.ConnectException) {
      return "connection refused (is the server running, and is the URL right?)";
    }
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
  }
}
