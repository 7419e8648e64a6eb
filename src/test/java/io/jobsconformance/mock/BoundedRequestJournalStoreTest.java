package io.jobsconformance.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.common.DataTruncationSettings;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.HttpHeaders;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.http.Response;
import com.github.tomakehurst.wiremock.http.ImmutableRequest;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class BoundedRequestJournalStoreTest {
  private final BoundedRequestJournalStore store = new BoundedRequestJournalStore(3);

  private static ServeEvent event(String url) {
    return ServeEvent.of(
        ImmutableRequest.create().withAbsoluteUrl("http://localhost" + url).withMethod(RequestMethod.GET).build());
  }

  @Test
  void itKeepsOnlyTheNewestEntriesNewestFirst() {
    List<ServeEvent> added = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      added.add(event("/" + i));
      store.add(added.get(i));
    }

    assertThat(store.getAll().map(e -> e.getRequest().getUrl())).containsExactly("/4", "/3", "/2");
    assertThat(store.getAllKeys()).hasSize(3);
    assertThat(store.get(added.get(0).getId())).isEmpty();
    assertThat(store.get(added.get(4).getId())).contains(added.get(4));
  }

  @Test
  void putUpdatesAnEntryStillPresentAndNeverAddsOne() {
    ServeEvent first = event("/a");
    store.add(first);
    ServeEvent updated = event("/a-updated");
    store.put(first.getId(), updated);
    store.put(UUID.randomUUID(), event("/stranger"));

    assertThat(store.getAll().map(e -> e.getRequest().getUrl())).containsExactly("/a-updated");
  }

  @Test
  void removeAndClearForgetEntriesAndFreeTheirPlace() {
    ServeEvent a = event("/a");
    store.add(a);
    store.add(event("/b"));
    store.remove(a.getId());
    store.add(event("/c"));
    store.add(event("/d"));

    assertThat(store.getAll().map(e -> e.getRequest().getUrl())).containsExactly("/d", "/c", "/b");
    store.clear();
    assertThat(store.getAll()).isEmpty();
  }

  @Test
  void aJournalOfNoEntriesIsRefused() {
    assertThatThrownBy(() -> new BoundedRequestJournalStore(0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aCompletedEventKeepsItsBodyOnceInTheLoggedResponse() {
    byte[] body = "[{\"id\":\"x\"}]".getBytes(StandardCharsets.UTF_8);
    ServeEvent received = event("/api/v4/jobs").withResponseDefinition(
        ResponseDefinitionBuilder.responseDefinition().withStatus(200).withHeader("X-Request-Id", "r1").withBody(body)
            .build());
    store.add(received);
    ServeEvent completed = received.complete(
        Response.response().status(200).headers(new HttpHeaders(new HttpHeader("X-Request-Id", "r1"))).body(body)
            .build(),
        DataTruncationSettings.DEFAULTS);

    store.put(received.getId(), completed);

    ServeEvent stored = store.get(received.getId()).orElseThrow();
    assertThat(stored.getResponse().getBody()).isEqualTo(body);
    assertThat(stored.getResponseDefinition().getReponseBody().isAbsent()).isTrue();
    assertThat(stored.getResponseDefinition().getStatus()).isEqualTo(200);
    assertThat(stored.getResponseDefinition().getHeaders().getHeader("X-Request-Id").firstValue()).isEqualTo("r1");
    assertThat(stored.getRequest().getUrl()).isEqualTo("/api/v4/jobs");
  }

  @Test
  void anEventWithoutALoggedResponseKeepsTheDefinitionBody() {
    ServeEvent received = event("/api/v4/jobs").withResponseDefinition(
        ResponseDefinitionBuilder.responseDefinition().withStatus(200).withBody("[]").build());
    store.add(received);
    store.put(received.getId(), received);

    assertThat(store.get(received.getId()).orElseThrow().getResponseDefinition().getBody()).isEqualTo("[]");
  }
}
