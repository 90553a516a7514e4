package io.shouwei.hazard.mine.web;

import io.shouwei.contracts.mine.MineType;
import io.shouwei.hazard.mine.MineFacts;
import io.shouwei.hazard.mine.application.NewMine;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code POST /api/mines}. Checked here: presence and size of the fields and that the
 * facts are well formed. The mine's rules (name length, which facts fit which type) are the
 * aggregate's.
 *
 * @param facts what is known of the mine; may be left out
 */
public record RegisterMineRequest(
    @NotBlank String name,
    @NotBlank @Size(max = 64) String enterpriseId,
    @NotBlank String enterpriseName,
    @NotBlank @Size(max = 64) String townCode,
    @NotNull MineType type,
    MineFactsBody facts) {

  NewMine toNewMine() {
    return new NewMine(
        name, enterpriseId, enterpriseName, townCode, type,
        facts == null ? MineFacts.NONE : facts.toMineFacts("facts."));
  }
}
