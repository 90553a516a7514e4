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

/** Which processes run or ran for a hazard, and where they wait. */
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
      summary = "The process instances of a hazard, oldest first",
      description = "Instances the caller may not see (another enterprise's, another town's) are"
          + " left out; an unknown or foreign hazard gives an empty list.")
  List<ProcessInstanceView> byHazard(
      @Parameter(description = "the hazard id (the instances' business key)", required = true)
          @RequestParam(required = false)
          String hazardId) {
    if (hazardId == null || hazardId.isBlank()) {
      throw ProblemException.invalid("Query parameter hazardId is required.");
    }
    return instances.ofBusinessKey(hazardId, Callers.require());
  }
}
