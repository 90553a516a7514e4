package io.shouwei.hazard.audit;

import io.shouwei.contracts.AggregateTypes;
import io.shouwei.hazard.audit.AuditedType.Owner;
import io.shouwei.hazard.hazard.view.HazardViews;
import org.springframework.stereotype.Component;

/** The aggregate types the audit endpoints serve. */
@Component
public class AuditedTypes {

  private final AuditedType hazard;

  public AuditedTypes(HazardViews hazards) {
    this.hazard =
        new AuditedType(
            AggregateTypes.HAZARD, id -> hazards.find(id).map(h -> new Owner(h.enterpriseId(), h.townCode())));
  }

  public AuditedType hazard() {
    return hazard;
  }
}
