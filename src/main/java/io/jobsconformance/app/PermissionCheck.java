package io.jobsconformance.app;

import io.jobsconformance.model.Permission;

/**
 * The {@code (bool, *model.Permission)} pair the {@code SessionHasPermissionTo*Job} functions return. A null
 * {@code required} means "this job type is not covered by the check", which handlers turn into a 400, not a 403.
 */
public record PermissionCheck(boolean allowed, Permission required) {
  static final PermissionCheck UNSUPPORTED = new PermissionCheck(false, null);

  public boolean unsupported() {
    return required == null;
  }
}
