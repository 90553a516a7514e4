package io.shouwei.hazard.order.application;

import io.shouwei.hazard.order.OrderRuleViolation;
import io.shouwei.hazard.order.api.EnforceStopCommand;
import io.shouwei.hazard.order.view.OrderViews;
import java.time.Clock;
import java.time.Instant;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Lets orders to stop production take effect when their acknowledgement deadline passed
 * unacknowledged: every {@code shouwei.orders.enforcement-sweep-interval} it asks the order view
 * for such orders and sends each an {@link EnforceStopCommand} as the service itself. The command
 * is idempotent and refused before the deadline, so overlapping sweeps, several replicas or the
 * workflow sending the same command do no harm; a refusal or failure of one order is logged and
 * the sweep goes on with the next.
 */
@Component
@EnableScheduling
public class StopEnforcementSweeper {

  private static final Logger LOG = LoggerFactory.getLogger(StopEnforcementSweeper.class);

  private final OrderViews views;
  private final CommandGateway commands;
  private final Clock clock;

  public StopEnforcementSweeper(OrderViews views, CommandGateway commands, Clock clock) {
    this.views = views;
    this.commands = commands;
    this.clock = clock;
  }

  /** One sweep; answers how many orders it enforced. */
  @Scheduled(
      initialDelayString = "${shouwei.orders.enforcement-sweep-interval}",
      fixedDelayString = "${shouwei.orders.enforcement-sweep-interval}")
  public int sweep() {
    Instant now = clock.instant();
    int enforced = 0;
    for (String orderId : views.unacknowledgedStopsDueBy(now)) {
      try {
        commands.sendAndWait(new EnforceStopCommand(orderId, now));
        enforced++;
      } catch (OrderRuleViolation refused) {
        LOG.warn("Order {} refused enforcement of its stop: {}", orderId, refused.getMessage());
      } catch (RuntimeException failed) {
        LOG.error("Enforcing the stop of order {} failed; the next sweep tries again", orderId, failed);
      }
    }
    return enforced;
  }
}
