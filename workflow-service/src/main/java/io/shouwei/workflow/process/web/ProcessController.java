package io.shouwei.workflow.process.web;

import io.shouwei.bpmn.CampaignProcess;
import io.shouwei.bpmn.HazardRectificationProcess;
import io.shouwei.bpmn.OrderToStopProcess;
import io.shouwei.bpmn.RevisitProcess;
import io.shouwei.platform.security.Caller;
import io.shouwei.platform.security.Callers;
import io.shouwei.platform.web.PageParams;
import io.shouwei.platform.web.ProblemException;
import io.shouwei.workflow.process.ProcessInstanceView;
import io.shouwei.workflow.process.ProcessInstances;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Which processes run or ran for a hazard, an order or a campaign, where they wait, by when, and what they did. */
@RestController
@RequestMapping("/api/processes")
@Tag(name = "processes")
class ProcessController {

  static final int DEFAULT_PAGE_SIZE = 100;
  static final int MAX_PAGE_SIZE = 500;

  private final ProcessInstances instances;

  ProcessController(ProcessInstances instances) {
    this.instances = instances;
  }

  @GetMapping
  @Operation(
      summary = "The process instances of a hazard, an order or a campaign, or the hazards under supervision",
      description = "Exactly one of hazardId, orderId, campaignId and supervised=true. A hazard's and a campaign's"
          + " instances include the look-backs (revisit) they called. supervised=true lists the major hazards"
          + " listed for supervision (挂牌督办) until sign-off. Instances the caller may not see (another"
          + " enterprise's, another town's) are left out; an unknown or foreign object gives an empty list.")
  List<ProcessInstanceView> list(
      @Parameter(description = "the hazard id (business key of hazard-rectification)")
          @RequestParam(required = false)
          String hazardId,
      @Parameter(description = "the order id (business key of order-to-stop)")
          @RequestParam(required = false)
          String orderId,
      @Parameter(description = "the campaign id (business key of campaign)")
          @RequestParam(required = false)
          String campaignId,
      @Parameter(description = "true: the major hazards under supervision in the caller's reach")
          @RequestParam(required = false)
          Boolean supervised,
      @Parameter(description = "the page, from 0") @RequestParam(defaultValue = "0") int page,
      @Parameter(description = "items per page, 1 to " + MAX_PAGE_SIZE + "; more is 400")
          @RequestParam(defaultValue = "" + DEFAULT_PAGE_SIZE)
          int size) {
    PageParams paging = PageParams.of(page, size, MAX_PAGE_SIZE);
    return paging.of(find(hazardId, orderId, campaignId, supervised));
  }

  private List<ProcessInstanceView> find(String hazardId, String orderId, String campaignId, Boolean supervised) {
    boolean byHazard = given(hazardId);
    boolean byOrder = given(orderId);
    boolean byCampaign = given(campaignId);
    boolean bySupervision = Boolean.TRUE.equals(supervised);
    if (Stream.of(byHazard, byOrder, byCampaign, bySupervision).filter(b -> b).count() != 1) {
      throw ProblemException.invalid(
          "Exactly one of the query parameters hazardId, orderId, campaignId and supervised=true is required.");
    }
    Caller caller = Callers.require();
    if (bySupervision) {
      return instances.supervised(caller);
    }
    if (byHazard) {
      return instances.ofBusinessKey(hazardId, List.of(HazardRectificationProcess.KEY, RevisitProcess.KEY), caller);
    }
    if (byOrder) {
      return instances.ofBusinessKey(orderId, List.of(OrderToStopProcess.KEY), caller);
    }
    return instances.ofBusinessKey(campaignId, List.of(CampaignProcess.KEY, RevisitProcess.KEY), caller);
  }

  private static boolean given(String value) {
    return value != null && !value.isBlank();
  }
}
