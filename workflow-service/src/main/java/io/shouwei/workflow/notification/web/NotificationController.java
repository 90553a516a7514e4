package io.shouwei.workflow.notification.web;

import io.shouwei.platform.security.Callers;
import io.shouwei.platform.web.PageParams;
import io.shouwei.workflow.notification.NotificationOutbox;
import io.shouwei.workflow.notification.NotificationView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
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

  static final int DEFAULT_PAGE_SIZE = 100;
  static final int MAX_PAGE_SIZE = 500;

  private final NotificationOutbox outbox;

  NotificationController(NotificationOutbox outbox) {
    this.outbox = outbox;
  }

  @GetMapping
  @Operation(
      summary = "The notifications addressed to the caller, newest first",
      description = "An enterprise reads those to its enterprise, a town office those to its towns, the district"
          + " bureau those to the district; administrators and auditors read all.")
  List<NotificationView> list(
      @RequestParam(required = false) String objectId,
      @Parameter(description = "the page, from 0") @RequestParam(defaultValue = "0") int page,
      @Parameter(description = "items per page, 1 to " + MAX_PAGE_SIZE + "; more is 400")
          @RequestParam(defaultValue = "" + DEFAULT_PAGE_SIZE)
          int size) {
    PageParams paging = PageParams.of(page, size, MAX_PAGE_SIZE);
    return paging.of(outbox.addressedTo(Callers.require(), objectId));
  }
}
