package io.shouwei.workflow.process.web;

import io.shouwei.platform.security.Callers;
import io.shouwei.platform.web.ProblemException;
import io.shouwei.workflow.process.ProcessInstanceView;
import io.shouwei.workflow.process.ProcessInstances;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Which processes run or ran for a hazard or an order, where they wait, by when, and what they did. */
@RestController
@RequestMapping("/api/processes")
@Tag(name = "processes")
class ProcessController {

  private final ProcessInstances instances;

  ProcessController(ProcessInstances instances) {
    this.instances = instances;
  }

  @GetMapping
  @Operation(
      summary = "The process instances of a hazard or of an order, oldest first",
      description = "Exactly one of hazardId and orderId. Instances the caller may not see (another enterprise's,"
          + " another town's) are left out; an unknown or foreign object gives an empty list.")
  List<ProcessInstanceView> list(
      @Parameter(description = "the hazard id (business key of hazard-rectification)")
          @RequestParam(required = false)
          String hazardId,
      @Parameter(description = "the order id (business key of order-to-stop)")
          @RequestParam(required = false)
          String orderId) {
    boolean byHazard = hazardId != null && !hazardId.isBlank();
    boolean byOrder = orderId != null && !orderId.isBlank();
    if (byHazard == byOrder) {
      throw ProblemException.invalid("Exactly one of the query parameters hazardId and orderId is required.");
    }
    return instances.ofBusinessKey(byHazard ? hazardId : orderId, Callers.require());
  }
}
