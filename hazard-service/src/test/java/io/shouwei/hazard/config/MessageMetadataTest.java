package io.shouwei.hazard.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.shouwei.platform.correlation.CorrelationId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

class MessageMetadataTest {

  final ActorMetadataInterceptor interceptor = new ActorMetadataInterceptor();
  final ActorCorrelationDataProvider provider = new ActorCorrelationDataProvider();

  @AfterEach
  void clear() {
    SecurityContextHolder.clearContext();
    MDC.clear();
  }

  static void authenticate(String sub, List<String> roles, String org) {
    Jwt.Builder jwt =
        Jwt.withTokenValue("t").header("alg", "RS256").subject(sub).claim("roles", roles)
            .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(60));
    if (org != null) {
      jwt.claim("org", org);
    }
    SecurityContextHolder.getContext().setAuthentication(new JwtAuthenticationToken(jwt.build()));
  }

  CommandMessage<?> dispatch(Object command, Map<String, ?> senderMetadata) {
    CommandMessage<?> message = GenericCommandMessage.asCommandMessage(command).andMetaData(senderMetadata);
    return interceptor.handle(message);
  }

  @Test
  void command_carriesCallerAndRequestCorrelationId() {
    authenticate("inspector-li", List.of("TOWN_AGENCY", "AUDITOR"), "town-office-101");
    MDC.put(CorrelationId.MDC_KEY, "req-42");

    CommandMessage<?> command = dispatch("cmd", Map.of());

    assertThat(command.getMetaData())
        .containsEntry(MetadataKeys.ACTOR_USER_ID, "inspector-li")
        .containsEntry(MetadataKeys.ACTOR_ROLE, "TOWN_AGENCY")
        .containsEntry(MetadataKeys.ACTOR_ORG, "town-office-101")
        .containsEntry(MetadataKeys.CORRELATION_ID, "req-42");
  }

  @Test
  void command_cannotClaimAnotherActor() {
    authenticate("ent-user", List.of("ENTERPRISE"), null);

    CommandMessage<?> command =
        dispatch("cmd", Map.of(MetadataKeys.ACTOR_USER_ID, "someone-else", MetadataKeys.ACTOR_ROLE, "ADMIN"));

    assertThat(command.getMetaData())
        .containsEntry(MetadataKeys.ACTOR_USER_ID, "ent-user")
        .containsEntry(MetadataKeys.ACTOR_ROLE, "ENTERPRISE")
        .doesNotContainKey(MetadataKeys.ACTOR_ORG);
  }

  @Test
  void command_outsideAnyRequest_isTheServiceItself() {
    CommandMessage<?> command = dispatch("cmd", Map.of());

    assertThat(command.getMetaData())
        .containsEntry(MetadataKeys.ACTOR_USER_ID, ActorMetadataInterceptor.SERVICE_USER_ID)
        .containsEntry(MetadataKeys.ACTOR_ROLE, "SERVICE")
        .doesNotContainKey(MetadataKeys.CORRELATION_ID);
  }

  @Test
  void command_sentWhileHandlingAnotherActorsEvent_keepsNothingOfThatActor_butItsCorrelation() {
    CommandMessage<?> command =
        dispatch("cmd", Map.of(
            MetadataKeys.ACTOR_USER_ID, "safety-ent-3", MetadataKeys.ACTOR_ROLE, "ENTERPRISE",
            MetadataKeys.ACTOR_ORG, "ent-3", MetadataKeys.CORRELATION_ID, "req-9"));

    assertThat(command.getMetaData())
        .containsEntry(MetadataKeys.ACTOR_USER_ID, ActorMetadataInterceptor.SERVICE_USER_ID)
        .containsEntry(MetadataKeys.ACTOR_ROLE, "SERVICE")
        .doesNotContainKey(MetadataKeys.ACTOR_ORG)
        .containsEntry(MetadataKeys.CORRELATION_ID, "req-9");
  }

  @Test
  void eventsOfACommand_getItsActorAndCorrelation_andItsIdAsCausation() {
    CommandMessage<?> command =
        GenericCommandMessage.asCommandMessage("cmd")
            .andMetaData(Map.of(
                MetadataKeys.ACTOR_USER_ID, "u1", MetadataKeys.ACTOR_ROLE, "ADMIN",
                MetadataKeys.ACTOR_ORG, "o1", MetadataKeys.CORRELATION_ID, "req-7", "unrelated", "x"));

    Map<String, Object> data = Map.copyOf(provider.correlationDataFor(command));

    assertThat(data).containsOnly(
        Map.entry(MetadataKeys.ACTOR_USER_ID, "u1"),
        Map.entry(MetadataKeys.ACTOR_ROLE, "ADMIN"),
        Map.entry(MetadataKeys.ACTOR_ORG, "o1"),
        Map.entry(MetadataKeys.CORRELATION_ID, "req-7"),
        Map.entry(MetadataKeys.CAUSATION_ID, command.getIdentifier()));
  }

  @Test
  void messageWithoutCorrelationId_startsItsOwnCorrelation() {
    GenericEventMessage<String> event = new GenericEventMessage<>("e");

    assertThat(Map.<String, Object>copyOf(provider.correlationDataFor(event)))
        .containsEntry(MetadataKeys.CORRELATION_ID, event.getIdentifier())
        .containsEntry(MetadataKeys.CAUSATION_ID, event.getIdentifier());
  }
}
