package io.shouwei.hazard.hazard;

import java.util.List;
import java.util.Set;

/** A command the hazard's current state does not allow; nothing was stored. */
public final class InvalidHazardTransition extends RuntimeException {

  private final HazardStatus status;
  private final List<HazardAction> allowed;

  public InvalidHazardTransition(HazardAction attempted, HazardStatus status, Set<HazardAction> allowed, String why) {
    super(why + " (" + attempted + " in state " + status + "; allowed: " + allowed + ")");
    this.status = status;
    this.allowed = allowed.stream().sorted().toList();
  }

  /** The hazard's state when the command arrived. */
  public HazardStatus status() {
    return status;
  }

  /** The commands that state allows, in the order of the loop. */
  public List<HazardAction> allowedCommands() {
    return allowed;
  }
}
