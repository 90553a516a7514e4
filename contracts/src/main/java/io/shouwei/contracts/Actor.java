package io.shouwei.contracts;

/**
 * Who caused an event: the authenticated user (or machine client) and the role and organisation it
 * acted for. Nothing in Shouwei is anonymous except whistleblower tips, whose actor is
 * {@link #anonymous()}.
 */
public record Actor(String userId, Role role, String orgId) {

  public static final String ANONYMOUS_USER = "anonymous";

  public Actor {
    EventEnvelope.requireText(userId, "actor.userId");
    if (role == null && !ANONYMOUS_USER.equals(userId)) {
      throw new IllegalArgumentException("actor.role is required for " + userId);
    }
  }

  public static Actor anonymous() {
    return new Actor(ANONYMOUS_USER, null, null);
  }
}
