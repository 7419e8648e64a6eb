package io.jobsconformance.store;

/** The store contract against the in-memory store the mock runs on. */
class InMemoryJobStoreTest extends JobStoreContractTest {

  @Override
  protected JobStore createStore() {
    return new InMemoryJobStore();
  }
}
