package io.shouwei.contracts.mine;

/** What kind of non-coal mine a registered mine is; decides which major-hazard criteria apply. */
public enum MineType {
  /** An underground metal or non-metal mine (地下矿山). */
  UNDERGROUND,
  /** An open-pit mine (露天矿山), with its pit and waste-dump slopes. */
  OPEN_PIT,
  /** A tailings pond (尾矿库), registered as a mine of its own. */
  TAILINGS_POND,
  /** Anything else, e.g. a temporary stockpile. */
  OTHER
}
