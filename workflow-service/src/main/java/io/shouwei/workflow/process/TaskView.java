package io.shouwei.workflow.process;

import java.time.Instant;

/**
 * An open human task as the API shows it.
 *
 * @param taskDefinitionKey the task's element id in its model
 * @param businessKey the hazard or order the task is about
 * @param candidateGroup {@code role:scope} of those who may act on it
 * @param assignee the user who claimed it, {@code null} while it is offered to the whole group
 * @param dueAt {@code null} when it has no due date
 */
public record TaskView(
    String id,
    String taskDefinitionKey,
    String name,
    String processDefinitionKey,
    String processInstanceId,
    String businessKey,
    String candidateGroup,
    String assignee,
    Instant createdAt,
    Instant dueAt) {}
