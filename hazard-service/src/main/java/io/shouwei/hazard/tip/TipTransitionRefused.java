package io.shouwei.hazard.tip;

import java.util.List;

/** The tip's status does not allow the command (a tip is triaged only once); nothing was stored. */
public final class TipTransitionRefused extends RuntimeException {

  private final TipAction attempted;
  private final TipStatus status;
  private final List<TipAction> allowed;

  public TipTransitionRefused(TipAction attempted, TipStatus status, List<TipAction> allowed) {
    super("The tip was triaged already (" + attempted + " while " + status + "; allowed: " + allowed + ")");
    this.attempted = attempted;
    this.status = status;
    this.allowed = List.copyOf(allowed);
  }

  public TipAction attempted() {
    return attempted;
  }

  /** The tip's status when the command arrived. */
  public TipStatus status() {
    return status;
  }

  /** The commands the tip accepts in that status. */
  public List<TipAction> allowedCommands() {
    return allowed;
  }
}
