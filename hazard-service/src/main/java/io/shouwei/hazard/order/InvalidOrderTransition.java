package io.shouwei.hazard.order;

import java.util.List;
import java.util.Set;

/** A command the order's current state does not allow; nothing was stored. */
public final class InvalidOrderTransition extends RuntimeException {

  private final OrderStatus status;
  private final List<OrderAction> allowed;

  public InvalidOrderTransition(OrderAction attempted, OrderStatus status, Set<OrderAction> allowed, String why) {
    super(why + " (" + attempted + " in state " + status + "; allowed: " + allowed + ")");
    this.status = status;
    this.allowed = allowed.stream().sorted().toList();
  }

  /** The order's state when the command arrived. */
  public OrderStatus status() {
    return status;
  }

  /** The commands that state allows, in the order of the lifecycle. */
  public List<OrderAction> allowedCommands() {
    return allowed;
  }
}
