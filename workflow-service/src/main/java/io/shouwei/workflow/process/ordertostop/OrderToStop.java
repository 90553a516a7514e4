package io.shouwei.workflow.process.ordertostop;

import io.shouwei.bpmn.OrderToStopProcess;
import io.shouwei.bpmn.OrderToStopProcess.Messages;
import io.shouwei.bpmn.OrderToStopProcess.Variables;
import io.shouwei.contracts.order.OrderIssued;
import io.shouwei.contracts.order.OrderType;
import io.shouwei.contracts.order.ResumptionRejected;
import io.shouwei.contracts.order.ResumptionReviewed;
import io.shouwei.contracts.order.ReviewOutcome;
import io.shouwei.workflow.config.WorkflowProperties;
import io.shouwei.workflow.process.CorrelationOutcome;
import io.shouwei.workflow.process.Correlations;
import io.shouwei.workflow.process.ProcessStarts;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Process {@value OrderToStopProcess#KEY} driven by the order's events and by the sign-offs of the
 * hazards it cites: one instance per order to stop production (business key = order id), started
 * at most once; every other event correlated once as its message.
 *
 * <p>The cited hazards are recorded with the start ({@link CitedHazardRecords}); a sign-off of any of
 * them, in any order and any number of times, is recorded and wakes the waiting instances, which
 * then look at the record themselves. So a sign-off that arrives before the order, or while the
 * instance is not yet waiting, is not lost.
 */
@Component
public class OrderToStop {

  private static final Logger log = LoggerFactory.getLogger(OrderToStop.class);

  private final RuntimeService runtime;
  private final ProcessStarts starts;
  private final Correlations correlations;
  private final CitedHazardRecords citedHazards;
  private final TransactionTemplate transaction;
  private final WorkflowProperties.OrderToStop settings;

  public OrderToStop(
      RuntimeService runtime,
      ProcessStarts starts,
      Correlations correlations,
      CitedHazardRecords citedHazards,
      TransactionTemplate transaction,
      WorkflowProperties properties) {
    this.runtime = runtime;
    this.starts = starts;
    this.correlations = correlations;
    this.citedHazards = citedHazards;
    this.transaction = transaction;
    this.settings = properties.orderToStop();
  }

  /** Starts the process of an order to stop production; an order of another type has none. */
  public CorrelationOutcome issued(OrderIssued order) {
    if (order.type() != OrderType.STOP_PRODUCTION) {
      return CorrelationOutcome.APPLIED;
    }
    if (correlations.instance(OrderToStopProcess.KEY, order.orderId()).isPresent() || startedBefore(order.orderId())) {
      return CorrelationOutcome.DUPLICATE;
    }
    try {
      transaction.executeWithoutResult(status -> {
        starts.claim(OrderToStopProcess.KEY, order.orderId());
        citedHazards.record(order.orderId(), order.citedHazardIds());
        runtime.startProcessInstanceByKey(OrderToStopProcess.KEY, order.orderId(), startVariables(order));
      });
      log.info("started {} for order {}", OrderToStopProcess.KEY, order.orderId());
      return CorrelationOutcome.APPLIED;
    } catch (DuplicateKeyException raceLost) {
      return CorrelationOutcome.DUPLICATE;
    }
  }

  public CorrelationOutcome stopTookEffect(UUID eventId, String orderId) {
    return correlate(eventId, orderId, Messages.STOP_TOOK_EFFECT, Map.of());
  }

  public CorrelationOutcome resumptionApplied(UUID eventId, String orderId) {
    return correlate(eventId, orderId, Messages.RESUMPTION_APPLIED, Map.of());
  }

  /** A failed review blocks a new application for the configured period from the review. */
  public CorrelationOutcome reviewed(UUID eventId, ResumptionReviewed event) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(Variables.REVIEW_OUTCOME, event.outcome().name());
    variables.put(Variables.FINDINGS, event.findings() == null ? "" : event.findings());
    if (event.outcome() == ReviewOutcome.FAIL) {
      variables.put(Variables.RESUMPTION_BLOCKED_UNTIL, blockedUntil(event.reviewedAt()));
    }
    return correlate(eventId, event.orderId(), Messages.RESUMPTION_REVIEWED, variables);
  }

  /** A refusal blocks a new application for the configured period from the refusal. */
  public CorrelationOutcome rejected(UUID eventId, ResumptionRejected event) {
    return correlate(eventId, event.orderId(), Messages.RESUMPTION_REJECTED, Map.of(
        Variables.FINDINGS, event.reason() == null ? "" : event.reason(),
        Variables.RESUMPTION_BLOCKED_UNTIL, blockedUntil(event.rejectedAt())));
  }

  public CorrelationOutcome lifted(UUID eventId, String orderId) {
    return correlate(eventId, orderId, Messages.ORDER_LIFTED, Map.of());
  }

  /**
   * Records the sign-off and wakes every order waiting on this hazard; an order not waiting yet
   * finds the record when it looks.
   */
  public CorrelationOutcome hazardSignedOff(String hazardId, Instant signedOffAt) {
    citedHazards.signedOff(hazardId, signedOffAt);
    for (String orderId : citedHazards.ordersCiting(hazardId)) {
      correlations.waitingInstance(OrderToStopProcess.KEY, orderId, Messages.CITED_HAZARD_SIGNED_OFF)
          .ifPresent(id -> runtime.createMessageCorrelation(Messages.CITED_HAZARD_SIGNED_OFF).processInstanceId(id)
              .correlate());
    }
    return CorrelationOutcome.APPLIED;
  }

  /** A reopened hazard is open again for the orders citing it. */
  public CorrelationOutcome hazardReopened(String hazardId) {
    citedHazards.reopened(hazardId);
    return CorrelationOutcome.APPLIED;
  }

  private CorrelationOutcome correlate(UUID eventId, String orderId, String message, Map<String, Object> variables) {
    return correlations.correlate(OrderToStopProcess.KEY, orderId, message, eventId, variables);
  }

  private boolean startedBefore(String orderId) {
    return starts.claimed(OrderToStopProcess.KEY, orderId);
  }

  private Map<String, Object> startVariables(OrderIssued order) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(Variables.ORDER_ID, order.orderId());
    variables.put(Variables.MINE_ID, order.mineId());
    variables.put(Variables.ENTERPRISE_ID, order.enterpriseId());
    variables.put(Variables.TOWN_CODE, order.townCode());
    variables.put(Variables.ACKNOWLEDGEMENT_DEADLINE, Date.from(order.acknowledgementDeadline()));
    variables.put(Variables.ENFORCE_STOP_RETRIES, settings.enforceStopRetries());
    variables.put(Variables.CITED_HAZARDS_RECHECK, settings.citedHazardsRecheck().toString());
    variables.put(Variables.REVIEW_PERIOD, settings.reviewWithin().toString());
    variables.put(Variables.APPLICATION_HELD, false);
    variables.put(Variables.MINE_REVISIT_WITHIN, settings.mineRevisitWithin().toString());
    return variables;
  }

  private Date blockedUntil(Instant from) {
    return Date.from(from.atOffset(ZoneOffset.UTC).plus(settings.resumptionBlockedFor()).toInstant());
  }
}
