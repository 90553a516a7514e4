package io.shouwei.hazard.mine;

import java.util.List;

/**
 * The mine's production status does not allow the command (e.g. any change of a closed mine);
 * nothing was stored.
 */
public final class MineTransitionRefused extends RuntimeException {

  private final MineAction attempted;
  private final ProductionStatus status;
  private final List<MineAction> allowed;

  public MineTransitionRefused(MineAction attempted, ProductionStatus status, List<MineAction> allowed, String why) {
    super(why + " (" + attempted + " while " + status + "; allowed: " + allowed + ")");
    this.attempted = attempted;
    this.status = status;
    this.allowed = List.copyOf(allowed);
  }

  public MineAction attempted() {
    return attempted;
  }

  /** The mine's status when the command arrived. */
  public ProductionStatus status() {
    return status;
  }

  /** The commands the mine accepts in that status. */
  public List<MineAction> allowedCommands() {
    return allowed;
  }
}
