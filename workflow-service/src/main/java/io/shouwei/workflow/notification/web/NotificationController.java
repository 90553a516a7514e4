package io.shouwei.workflow.notification.web;

import io.shouwei.platform.security.Callers;
import io.shouwei.workflow.notification.NotificationOutbox;
import io.shouwei.workflow.notification.NotificationView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The reminders and escalations addressed to the caller. */
@RestController
@RequestMapping("/api/notifications")
@Tag(name = "notifications")
class NotificationController {

  private final NotificationOutbox outbox;

  NotificationController(NotificationOutbox outbox) {
    this.outbox = outbox;
  }

  @GetMapping
  @Operation(
      summary = "The notifications addressed to the caller, newest first",
      description = "An enterprise reads those to its enterprise, a town office those to its towns, the district"
          + " bureau those to the district; administrators and auditors read all.")
  List<NotificationView> list(@RequestParam(required = false) String objectId) {
    return outbox.addressedTo(Callers.require(), objectId);
  }
}
