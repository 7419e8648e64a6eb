package io.jobsconformance.conformance.steps;

import io.cucumber.java.ParameterType;
import io.jobsconformance.conformance.server.Actor;

/**
 * The typed words of the feature files: who acts ({@code {actor}}) and job statuses ({@code {status}}), where a
 * status may be written in double quotes to say the empty string ({@code ""}) or any other stored value.
 */
public final class ParameterTypes {
  @ParameterType("the system admin|the system manager|the read-only admin|a plain user|the user manager")
  public Actor actor(String phrase) {
    return Actor.fromPhrase(phrase).orElseThrow();
  }

  @ParameterType("\"[^\"]*\"|[a-z_]+")
  public String status(String written) {
    return written.startsWith("\"") ? written.substring(1, written.length() - 1) : written;
  }
}
