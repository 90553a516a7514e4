package io.shouwei.hazard.order.application;

import io.shouwei.hazard.mine.MineRuleViolation;
import io.shouwei.hazard.mine.MineTransitionRefused;
import io.shouwei.hazard.mine.api.ResumeMineCommand;
import io.shouwei.hazard.mine.api.StopMineByOrderCommand;
import io.shouwei.hazard.order.api.OrderLiftedEvent;
import io.shouwei.hazard.order.api.StopTookEffectEvent;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Carries an order's effect over to its mine: a stop that took effect stops the mine, a lifted
 * order resumes it. A tracking processor, so that the mine changes in a transaction of its own,
 * after the order's event is stored, and is retried when it fails. The commands are the service's
 * own (no request is being handled: role {@code SERVICE}) and keep the order event's correlation
 * id. Both are idempotent on the mine, so redelivery or a replay from the start of the store
 * changes nothing twice.
 *
 * <p>A mine that refuses for good (it was closed meanwhile, or no longer stopped by the order) is
 * logged and passed by; any other failure fails the handler, and the processor tries again.
 */
@Component
@ProcessingGroup(OrderMineEffects.PROCESSING_GROUP)
public class OrderMineEffects {

  public static final String PROCESSING_GROUP = "order-mine-effects";

  private static final Logger LOG = LoggerFactory.getLogger(OrderMineEffects.class);

  private final CommandGateway commands;

  public OrderMineEffects(CommandGateway commands) {
    this.commands = commands;
  }

  @EventHandler
  void on(StopTookEffectEvent event) {
    send(new StopMineByOrderCommand(event.mineId(), event.orderId()), event.orderId());
  }

  @EventHandler
  void on(OrderLiftedEvent event) {
    send(new ResumeMineCommand(event.mineId(), event.orderId()), event.orderId());
  }

  private void send(Object command, String orderId) {
    try {
      commands.sendAndWait(command);
    } catch (MineTransitionRefused | MineRuleViolation refused) {
      LOG.warn("The mine refused {} for order {}: {}", command.getClass().getSimpleName(), orderId,
          refused.getMessage());
    }
  }
}
