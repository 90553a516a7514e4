package io.shouwei.gateway.devtoken;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A token response in the shape of RFC 6749 section 5.1. */
public record DevTokenResponse(
    @JsonProperty("access_token") String accessToken,
    @JsonProperty("token_type") String tokenType,
    @JsonProperty("expires_in") long expiresIn) {}
