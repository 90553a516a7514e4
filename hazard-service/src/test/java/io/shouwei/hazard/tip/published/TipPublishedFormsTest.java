package io.shouwei.hazard.tip.published;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.shouwei.contracts.tip.TipConverted;
import io.shouwei.contracts.tip.TipDismissed;
import io.shouwei.contracts.tip.TipReceived;
import io.shouwei.hazard.tip.TipContact;
import io.shouwei.hazard.tip.api.TipConvertedEvent;
import io.shouwei.hazard.tip.api.TipDismissedEvent;
import io.shouwei.hazard.tip.api.TipReceivedEvent;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TipPublishedFormsTest {

  static final Instant T0 = Instant.parse("2026-04-11T06:30:00Z");
  static final String HASH = "8ce18a5a86d7a737524c5de81cbd387871ccbb84366721c6c6801c36a02f0f0d";

  final TipPublishedForms forms = new TipPublishedForms();

  @Test
  void received_isPublishedWithoutTheContactOrTheCodesHash() throws Exception {
    TipReceivedEvent event =
        new TipReceivedEvent("t-1", HASH, "Night blasting", "North slope", "310115101", "m-1",
            new TipContact("Zhang San", "13800000000", "zs@example.cn"), T0);

    Object published = forms.publishedFormOf(event).orElseThrow();

    assertThat(published).isEqualTo(new TipReceived("t-1", "Night blasting", "North slope", "310115101", "m-1", T0));
    String json = new ObjectMapper().registerModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).writeValueAsString(published);
    assertThat(json).doesNotContain("Zhang San", "13800000000", "zs@example.cn", "contact", HASH);
  }

  @Test
  void triage_isPublishedAsItIs() {
    assertThat(forms.publishedFormOf(new TipConvertedEvent("t-1", "h-9", T0)))
        .contains(new TipConverted("t-1", "h-9", T0));
    assertThat(forms.publishedFormOf(new TipDismissedEvent("t-1", "Nothing found", T0)))
        .contains(new TipDismissed("t-1", "Nothing found", T0));
  }

  @Test
  void anotherAggregatesEvent_isNotATipsToPublish() {
    assertThat(forms.publishedFormOf("not a tip event")).isEmpty();
  }
}
