package io.shouwei.workflow.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Deadlines the processes are started with ({@code shouwei.workflow.*}).
 *
 * @param hazardRectification settings of process {@code hazard-rectification}
 */
@ConfigurationProperties("shouwei.workflow")
public record WorkflowProperties(@DefaultValue HazardRectification hazardRectification) {

  /**
   * @param planDue how long an enterprise has for its rectification plan before the town office
   *     chases it. The level of a hazard is not known when it is reported, so this is the period of
   *     a general hazard (一般事故隐患).
   */
  public record HazardRectification(@DefaultValue("P7D") Duration planDue) {

    public HazardRectification {
      if (planDue == null || planDue.isNegative() || planDue.isZero()) {
        throw new IllegalArgumentException(
            "shouwei.workflow.hazard-rectification.plan-due must be a positive duration, was " + planDue);
      }
    }
  }
}
