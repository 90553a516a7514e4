package io.shouwei.hazard.mine.web;

import io.shouwei.hazard.mine.application.MineService;
import io.shouwei.hazard.mine.view.MineView;
import io.shouwei.platform.web.IfMatch;
import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Registering, reading, updating and closing mines. Every answer that shows a mine carries its
 * version as {@code ETag}; changes accept it back as {@code If-Match}. Errors are problem+json
 * (platform's ProblemHandler).
 */
@RestController
@RequestMapping("/api/mines")
public class MineController {

  private final MineService mines;

  public MineController(MineService mines) {
    this.mines = mines;
  }

  /**
   * 201 with the new mine's path; 400 bad fields, 403 role may not register or town not the
   * caller's, 422 rule broken.
   */
  @PostMapping
  public ResponseEntity<MineCreated> register(@Valid @RequestBody RegisterMineRequest request) {
    String id = mines.register(request.toNewMine());
    URI location = UriComponentsBuilder.fromPath("/api/mines/{id}").buildAndExpand(id).toUri();
    return ResponseEntity.created(location).body(new MineCreated(id));
  }

  /** The mine's current state; 404 when it does not exist or is not the caller's to see. */
  @GetMapping("/{id}")
  public ResponseEntity<MineResponse> get(@PathVariable String id) {
    return shown(mines.get(id));
  }

  /**
   * Replaces the mine's facts; 400 bad facts, 403 role may not, 404 not the caller's, 409 closed,
   * 412 {@code If-Match} not the current version, 422 facts that do not fit the mine's type.
   */
  @PutMapping("/{id}/facts")
  public ResponseEntity<MineResponse> updateFacts(
      @PathVariable String id,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      @RequestBody MineFactsBody facts) {
    return shown(mines.updateFacts(id, IfMatch.expectedVersion(ifMatch), facts.toMineFacts("")));
  }

  /** Closes the mine for good; 400, 403 (agencies only), 404, 409 closed already, 412. */
  @PostMapping("/{id}/closure")
  public ResponseEntity<MineResponse> close(
      @PathVariable String id,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      @Valid @RequestBody CloseMineRequest request) {
    return shown(mines.close(id, IfMatch.expectedVersion(ifMatch), request.reason()));
  }

  private static ResponseEntity<MineResponse> shown(MineView mine) {
    return ResponseEntity.ok().eTag(IfMatch.etag(mine.version())).body(MineResponse.of(mine));
  }
}
