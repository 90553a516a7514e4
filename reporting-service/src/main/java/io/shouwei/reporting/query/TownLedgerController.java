package io.shouwei.reporting.query;

import io.shouwei.platform.security.Callers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The risk ledger of a town (一地一册). */
@RestController
@RequestMapping("/api/reports/towns")
class TownLedgerController {

  private final TownLedgerQueries ledgers;

  TownLedgerController(TownLedgerQueries ledgers) {
    this.ledgers = ledgers;
  }

  @Operation(
      summary = "The risk ledger of a town: every mine the caller may see there",
      description =
          "Each mine with its production status, open hazards (level, status, deadline, overdue at the time of"
              + " the question), orders in force, last inspection and look-back status. A town agency reads its own"
              + " towns only; an enterprise sees its own mines of the town, a superior company its group's.")
  @ApiResponse(responseCode = "200", description = "the ledger")
  @ApiResponse(
      responseCode = "404",
      description = "a town agency asked for a town not its own (answered like an unknown town)")
  @GetMapping("/{town}/ledger")
  TownLedgerResponse ledger(@PathVariable String town) {
    return ledgers.ledger(Callers.require(), town);
  }
}
