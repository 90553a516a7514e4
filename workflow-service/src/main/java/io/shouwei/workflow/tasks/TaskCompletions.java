package io.shouwei.workflow.tasks;

import static java.util.Map.entry;

import io.shouwei.bpmn.CampaignProcess;
import io.shouwei.bpmn.HazardRectificationProcess;
import io.shouwei.bpmn.OrderToStopProcess;
import io.shouwei.bpmn.RevisitProcess;
import io.shouwei.bpmn.RevisitProcess.Outcomes;
import io.shouwei.bpmn.RevisitProcess.SubjectTypes;
import io.shouwei.platform.web.ProblemException;
import io.shouwei.workflow.tasks.TaskCompletion.ByDecision;
import io.shouwei.workflow.tasks.TaskCompletion.ByDomainCommand;
import io.shouwei.workflow.tasks.TaskForms.PlanChased;
import io.shouwei.workflow.tasks.TaskForms.RevisitResult;
import io.shouwei.workflow.tasks.TaskForms.StopDecision;
import io.shouwei.workflow.tasks.TaskForms.WorkReport;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * How each human task of every model ends, by task definition key. Camunda never changes domain
 * state by itself: a task about a fact hazard-service records (a plan, a verification, a review…)
 * ends only when that fact's event arrives, so completing it through the task API is refused with
 * the command to call; only decisions of the workflow itself (whether to order a stop, a chase, a
 * look-back that passed, a work report handed in) are completed here. A look-back that finds a
 * hazard not rectified is the hazard's reopening ({@code POST /api/hazards/{id}/reopening}, by the
 * agency): its {@code HazardReopened} ends the look-back and starts the hazard's next round.
 */
@Component
public class TaskCompletions {

  private static final String HAZARDS = "/api/hazards/{id}";
  private static final String ORDERS = "/api/orders/{id}";
  /** The command that records a failed look-back of a hazard. */
  static final String REOPEN_HAZARD = "POST " + HAZARDS + "/reopening";

  private final Map<String, TaskCompletion> byTaskKey = Map.ofEntries(
      entry(HazardRectificationProcess.Elements.TASK_SUBMIT_RECTIFICATION_PLAN, domain("PUT " + HAZARDS + "/plan")),
      entry(HazardRectificationProcess.Elements.TASK_CHASE_PLAN,
          new ByDecision<>(PlanChased.class, TaskCompletions::chased, false)),
      entry(HazardRectificationProcess.Elements.TASK_RECTIFY, domain("POST " + HAZARDS + "/completion")),
      entry(HazardRectificationProcess.Elements.TASK_DECIDE_ORDER_TO_STOP,
          new ByDecision<>(StopDecision.class, TaskCompletions::stopDecided, false)),
      entry(HazardRectificationProcess.Elements.TASK_DECIDE_EXTENSION,
          domain("POST " + HAZARDS + "/deadline-extensions/{number}/decision")),
      entry(HazardRectificationProcess.Elements.TASK_VERIFY_MAJOR_HAZARD, domain("POST " + HAZARDS + "/verification")),
      entry(HazardRectificationProcess.Elements.TASK_VERIFY_GENERAL_HAZARD, domain("POST " + HAZARDS + "/verification")),
      entry(OrderToStopProcess.Elements.TASK_ACKNOWLEDGE_ORDER, domain("POST " + ORDERS + "/acknowledgement")),
      entry(OrderToStopProcess.Elements.TASK_APPLY_FOR_RESUMPTION, domain("POST " + ORDERS + "/resumption-application")),
      entry(OrderToStopProcess.Elements.TASK_REVIEW_RESUMPTION, domain("POST " + ORDERS + "/resumption-review")),
      entry(OrderToStopProcess.Elements.TASK_APPROVE_RESUMPTION, domain("POST " + ORDERS + "/resumption-decision")),
      entry(RevisitProcess.Elements.TASK_REVISIT, new ByDecision<>(RevisitResult.class, TaskCompletions::revisited, false)),
      entry(CampaignProcess.Elements.TASK_SUBMIT_TOWN_WORK_REPORT,
          new ByDecision<>(WorkReport.class, TaskCompletions::reported, true)),
      entry(CampaignProcess.Elements.TASK_SUBMIT_ENTERPRISE_WORK_REPORT,
          new ByDecision<>(WorkReport.class, TaskCompletions::reported, true)));

  /** How the task of this definition key ends; empty for a key of no model. */
  public Optional<TaskCompletion> of(String taskDefinitionKey) {
    return Optional.ofNullable(byTaskKey.get(taskDefinitionKey));
  }

  /** The endpoint with the object's id in it. */
  static String endpoint(String template, String objectId) {
    return template.replace("{id}", objectId);
  }

  /** 409 naming the command to call instead. */
  static ProblemException useDomainCommand(String detail, String endpoint) {
    ProblemException problem = ProblemException.invalidState(detail + " Call " + endpoint + ".");
    problem.getBody().setProperty("endpoint", endpoint);
    return problem;
  }

  private static ByDomainCommand domain(String endpoint) {
    return new ByDomainCommand(endpoint);
  }

  private static Map<String, Object> chased(PlanChased form, TaskCompletion.TaskFacts task) {
    return withoutNulls(HazardRectificationProcess.Variables.CHASE_NOTE, form.note());
  }

  private static Map<String, Object> stopDecided(StopDecision form, TaskCompletion.TaskFacts task) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(HazardRectificationProcess.Variables.STOP_DECISION, form.decision());
    variables.put(HazardRectificationProcess.Variables.STOP_DECISION_ORDER_ID, form.orderId());
    variables.put(HazardRectificationProcess.Variables.STOP_DECISION_NOTE, form.note());
    return variables;
  }

  private static Map<String, Object> revisited(RevisitResult form, TaskCompletion.TaskFacts task) {
    if (Outcomes.FAIL.equals(form.outcome()) && SubjectTypes.HAZARD.equals(task.subjectType())) {
      throw useDomainCommand(
          "A look-back that finds the hazard not rectified is its reopening; the reopening ends this task.",
          endpoint(REOPEN_HAZARD, task.objectId()));
    }
    Map<String, Object> variables = new HashMap<>();
    variables.put(RevisitProcess.Variables.OUTCOME, form.outcome());
    variables.put(RevisitProcess.Variables.FINDINGS, form.findings());
    return variables;
  }

  private static Map<String, Object> reported(WorkReport form, TaskCompletion.TaskFacts task) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(CampaignProcess.Variables.WORK_REPORT_REFERENCE, form.reference());
    variables.put(CampaignProcess.Variables.WORK_REPORT_NOTE, form.note());
    return variables;
  }

  private static Map<String, Object> withoutNulls(String name, Object value) {
    return value == null ? Map.of() : Map.of(name, value);
  }
}
