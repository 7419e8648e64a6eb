package io.jobsconformance.mock;

import com.github.tomakehurst.wiremock.common.FileSource;
import com.github.tomakehurst.wiremock.store.DefaultStores;
import com.github.tomakehurst.wiremock.store.RequestJournalStore;

/** WireMock's default stores with the request journal replaced by {@link BoundedRequestJournalStore}. */
final class BoundedJournalStores extends DefaultStores {
  private final RequestJournalStore journal;

  BoundedJournalStores(FileSource fileRoot, int journalSize) {
    super(fileRoot);
    this.journal = new BoundedRequestJournalStore(journalSize);
  }

  @Override
  public RequestJournalStore getRequestJournalStore() {
    return journal;
  }
}
