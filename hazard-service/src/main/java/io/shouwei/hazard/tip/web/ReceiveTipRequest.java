package io.shouwei.hazard.tip.web;

import io.shouwei.hazard.tip.Tip;
import io.shouwei.hazard.tip.application.NewTip;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The body of the public {@code POST /api/tips}. Checked here: presence and size of the fields.
 *
 * @param what what the tipster saw
 * @param where where they saw it
 * @param townCode the town, if they know it
 * @param mineId a mine, if they know its id; attached only if it is known, silently dropped if not
 * @param contact how they may be reached; leave it out to stay anonymous
 */
public record ReceiveTipRequest(
    @NotBlank @Size(max = Tip.WHAT_MAX_LENGTH) String what,
    @NotBlank @Size(max = Tip.WHERE_MAX_LENGTH) String where,
    @Size(max = 64) @Pattern(regexp = "[0-9A-Za-z_-]+", message = "must be a town code such as 310115101") String townCode,
    @Size(max = 64) String mineId,
    @Valid ContactBody contact) {

  NewTip toNewTip() {
    return new NewTip(what, where, townCode, mineId, contact == null ? null : contact.toContact());
  }
}
