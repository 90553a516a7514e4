package io.shouwei.platform.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.shouwei.platform.web.Problems;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/** 401 and 403 as {@code application/problem+json}, written before any controller runs. */
final class ProblemAuthenticationHandlers {

  private final ObjectMapper json;

  ProblemAuthenticationHandlers(ObjectMapper json) {
    this.json = json;
  }

  AuthenticationEntryPoint entryPoint() {
    return (request, response, ex) -> {
      response.setHeader("WWW-Authenticate", "Bearer");
      write(
          response,
          Problems.of(HttpStatus.UNAUTHORIZED, Problems.UNAUTHENTICATED,
              "A valid bearer token is required.", URI.create(request.getRequestURI())));
    };
  }

  AccessDeniedHandler accessDeniedHandler() {
    return (request, response, ex) ->
        write(
            response,
            Problems.of(HttpStatus.FORBIDDEN, Problems.FORBIDDEN,
                "Your role may not do this.", URI.create(request.getRequestURI())));
  }

  private void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
    response.setStatus(problem.getStatus());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    json.writeValue(response.getOutputStream(), problem);
  }
}
