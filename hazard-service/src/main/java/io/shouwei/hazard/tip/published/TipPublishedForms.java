package io.shouwei.hazard.tip.published;

import io.shouwei.contracts.tip.TipConverted;
import io.shouwei.contracts.tip.TipDismissed;
import io.shouwei.contracts.tip.TipReceived;
import io.shouwei.hazard.publishing.PublishedForms;
import io.shouwei.hazard.tip.api.TipConvertedEvent;
import io.shouwei.hazard.tip.api.TipDismissedEvent;
import io.shouwei.hazard.tip.api.TipReceivedEvent;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The published form of each event of the Tip aggregate. The tipster's contact and the hash of the
 * tracking code stay inside the service: neither is in any published form.
 */
@Component
public class TipPublishedForms implements PublishedForms {

  @Override
  public Optional<Object> publishedFormOf(Object internalEvent) {
    if (internalEvent instanceof TipReceivedEvent e) {
      return Optional.of(new TipReceived(e.tipId(), e.what(), e.where(), e.townCode(), e.mineId(), e.receivedAt()));
    }
    if (internalEvent instanceof TipConvertedEvent e) {
      return Optional.of(new TipConverted(e.tipId(), e.hazardId(), e.convertedAt()));
    }
    if (internalEvent instanceof TipDismissedEvent e) {
      return Optional.of(new TipDismissed(e.tipId(), e.reason(), e.dismissedAt()));
    }
    return Optional.empty();
  }
}
