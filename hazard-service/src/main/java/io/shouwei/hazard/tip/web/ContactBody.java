package io.shouwei.hazard.tip.web;

import io.shouwei.hazard.tip.TipContact;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;

/** How a tipster may be reached, every part optional; shown to administrators only. */
public record ContactBody(
    @Size(max = TipContact.PART_MAX_LENGTH) String name,
    @Size(max = 50) String phone,
    @Email @Size(max = TipContact.PART_MAX_LENGTH) String email) {

  TipContact toContact() {
    return new TipContact(name, phone, email);
  }

  static ContactBody of(TipContact contact) {
    return contact == null ? null : new ContactBody(contact.name(), contact.phone(), contact.email());
  }
}
