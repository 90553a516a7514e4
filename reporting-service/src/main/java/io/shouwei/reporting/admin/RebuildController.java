package io.shouwei.reporting.admin;

import io.shouwei.contracts.Role;
import io.shouwei.platform.security.Caller;
import io.shouwei.platform.security.Callers;
import io.shouwei.platform.web.ProblemException;
import io.shouwei.platform.web.Problems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The rebuild of the read models from the event topic, for administrators. */
@RestController
@RequestMapping("/api/reports/admin/rebuild")
class RebuildController {

  private final ReadModelRebuilder rebuilder;

  RebuildController(ReadModelRebuilder rebuilder) {
    this.rebuilder = rebuilder;
  }

  @Operation(
      summary = "Rebuilds every read model from the first event",
      description =
          "Replays the event topic from offset 0 into new collections while the queries keep reading the"
              + " current ones, and switches to the new ones once the replay has caught up with the live"
              + " consumer; the old collections are then dropped. Follow it with GET.")
  @ApiResponse(responseCode = "202", description = "the rebuild started; its progress")
  @ApiResponse(responseCode = "403", description = "the caller is not an administrator")
  @ApiResponse(responseCode = "409", description = "a rebuild is running")
  @PostMapping
  ResponseEntity<RebuildProgress> start() {
    requireAdmin();
    return rebuilder.start()
        .map(progress -> ResponseEntity.accepted().body(progress))
        .orElseThrow(
            () -> {
              RebuildProgress running = rebuilder.progress();
              return new ProblemException(
                  HttpStatus.CONFLICT, Problems.CONFLICT,
                  "A rebuild into generation " + running.generation() + " is running: " + running.eventsDone()
                      + " of " + running.eventsTotal() + " events.");
            });
  }

  @Operation(
      summary = "The progress of the running or last rebuild",
      description = "State, events done of the events in the topic at the start, events per second, ETA, times, generations.")
  @ApiResponse(responseCode = "200", description = "the progress")
  @ApiResponse(responseCode = "403", description = "the caller is not an administrator")
  @GetMapping
  RebuildProgress progress() {
    requireAdmin();
    return rebuilder.progress();
  }

  private static void requireAdmin() {
    Caller caller = Callers.require();
    if (caller.role() != Role.ADMIN) {
      throw new ProblemException(HttpStatus.FORBIDDEN, Problems.FORBIDDEN, "Only an administrator may rebuild the read models.");
    }
  }
}
