package io.shouwei.workflow.tasks;

import io.shouwei.bpmn.HazardRectificationProcess.StopDecisions;
import io.shouwei.bpmn.RevisitProcess.Outcomes;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The bodies of {@code POST /api/tasks/{id}/complete} for the tasks that are decisions of the
 * workflow itself (no domain command records them): one record per kind of task, validated as
 * any request body. Unknown fields are refused.
 */
public final class TaskForms {

  private TaskForms() {}

  /**
   * The town office's decision on an order to stop production. The order itself is issued in
   * hazard-service ({@code POST /api/orders}); the decision only records it.
   *
   * @param decision {@code ORDER_ISSUED} or {@code NO_ORDER}
   * @param orderId the order issued, only with {@code ORDER_ISSUED}
   * @param note why; required with {@code NO_ORDER}
   */
  public record StopDecision(
      @NotNull @Pattern(regexp = StopDecisions.ORDER_ISSUED + "|" + StopDecisions.NO_ORDER) String decision,
      @Size(max = 64) String orderId,
      @Size(max = 2000) String note) {

    @AssertTrue(message = "only with decision ORDER_ISSUED")
    public boolean isOrderIdWithIssuedOrderOnly() {
      return orderId == null || StopDecisions.ORDER_ISSUED.equals(decision);
    }

    @AssertTrue(message = "required with decision NO_ORDER")
    public boolean isNoteGivenWithNoOrder() {
      return !StopDecisions.NO_ORDER.equals(decision) || (note != null && !note.isBlank());
    }
  }

  /** The town office chased an overdue plan. */
  public record PlanChased(@Size(max = 2000) String note) {}

  /**
   * The outcome of a look-back check (回头看). A failed check of a hazard is its reopening in
   * hazard-service, not this form.
   *
   * @param outcome {@code PASS} or {@code FAIL}
   * @param findings what the check found; required with {@code FAIL}
   */
  public record RevisitResult(
      @NotNull @Pattern(regexp = Outcomes.PASS + "|" + Outcomes.FAIL) String outcome,
      @Size(max = 4000) String findings) {

    @AssertTrue(message = "required with outcome FAIL")
    public boolean isFindingsGivenWithFail() {
      return !Outcomes.FAIL.equals(outcome) || (findings != null && !findings.isBlank());
    }
  }

  /**
   * A campaign's work report was submitted.
   *
   * @param reference the report's document number or file reference
   */
  public record WorkReport(@NotBlank @Size(max = 255) String reference, @Size(max = 2000) String note) {}
}
