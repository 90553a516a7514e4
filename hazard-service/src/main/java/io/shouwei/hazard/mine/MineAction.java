package io.shouwei.hazard.mine;

/** The commands that act on an existing mine, as a refused transition lists the allowed ones. */
public enum MineAction {
  UPDATE_MINE_FACTS,
  CLOSE_MINE,
  STOP_MINE_BY_ORDER,
  RESUME_MINE
}
