package io.shouwei.workflow.notification;

import java.time.Instant;

/**
 * A notification to put in the outbox.
 *
 * @param recipientRole the role told ({@code ENTERPRISE}, {@code TOWN_AGENCY}, {@code DISTRICT_AGENCY})
 * @param recipientOrg the enterprise id or town code of the recipient; {@code null} for the district bureau
 * @param objectType {@code HAZARD}, {@code ORDER}, {@code MINE} or {@code CAMPAIGN}
 * @param enterpriseId the enterprise the object belongs to (for object-level reading)
 * @param townCode the town the object lies in
 * @param dueAt the due date the notification is about, if any
 */
public record NewNotification(
    String recipientRole,
    String recipientOrg,
    String reason,
    String objectType,
    String objectId,
    String enterpriseId,
    String townCode,
    Instant dueAt) {}
