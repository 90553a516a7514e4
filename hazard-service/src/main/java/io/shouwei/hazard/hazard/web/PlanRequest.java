package io.shouwei.hazard.hazard.web;

import io.shouwei.hazard.hazard.api.FiveItemPlan;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The body of {@code PUT /api/hazards/{id}/plan}: the five items. Checked here: the shape of each
 * item given (every field of funds, responsibility and contingency plan; sizes) and that the
 * deadline is given. Which items the hazard's level needs, that the deadline lies ahead and that
 * funds are not negative are the hazard's rules.
 */
public record PlanRequest(
    @NotNull @Size(max = 50) List<@NotBlank @Size(max = 1000) String> measures,
    @Valid Funds funds,
    @NotNull Instant deadline,
    @NotNull @Valid Responsibility responsibility,
    @Valid ContingencyPlan contingencyPlan) {

  /** 资金: the amount in CNY and where it comes from. */
  public record Funds(@NotNull BigDecimal amountCny, @NotBlank @Size(max = 500) String source) {}

  /** 责任: the responsible person, their position and unit. */
  public record Responsibility(
      @NotBlank @Size(max = 100) String person,
      @NotBlank @Size(max = 100) String position,
      @NotBlank @Size(max = 200) String unit) {}

  /** 预案: what is done while the hazard remains, and where the plan document is. */
  public record ContingencyPlan(
      @NotBlank @Size(max = 2000) String summary, @NotBlank @Size(max = 500) String documentRef) {}

  FiveItemPlan toPlan() {
    return new FiveItemPlan(
        measures,
        funds == null ? null : new FiveItemPlan.Funds(funds.amountCny(), funds.source()),
        deadline,
        new FiveItemPlan.Responsibility(responsibility.person(), responsibility.position(), responsibility.unit()),
        contingencyPlan == null
            ? null
            : new FiveItemPlan.ContingencyPlan(contingencyPlan.summary(), contingencyPlan.documentRef()));
  }
}
