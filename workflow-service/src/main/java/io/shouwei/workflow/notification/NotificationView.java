package io.shouwei.workflow.notification;

import java.time.Instant;

/** One notification of the outbox as the API shows it; {@code channel} is {@value NotificationOutbox#CHANNEL} for now. */
public record NotificationView(
    String id,
    String recipientRole,
    String recipientOrg,
    String reason,
    String objectType,
    String objectId,
    Instant dueAt,
    String channel,
    Instant createdAt) {}
