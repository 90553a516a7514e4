package io.shouwei.platform.security;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The service security chain with method-qualified public paths: only the named method is open,
 * a plain pattern opens every method, a token on an open path is still checked and, when valid,
 * names the caller.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.MOCK,
    properties = {"shouwei.security.public-paths[0]=POST /open", "shouwei.security.public-paths[1]=GET /open/*",
        "shouwei.security.public-paths[2]=/plain/**"})
@AutoConfigureMockMvc
class PublicPathSecurityTest {

  @Autowired MockMvc mvc;

  @Test
  void theNamedMethod_isOpen_otherMethodsAndPathsAreNot() throws Exception {
    mvc.perform(post("/open")).andExpect(status().isOk()).andExpect(content().string("anonymous"));
    mvc.perform(get("/open/x")).andExpect(status().isOk()).andExpect(content().string("anonymous"));
    mvc.perform(get("/open")).andExpect(status().isUnauthorized());
    mvc.perform(post("/open/x")).andExpect(status().isUnauthorized());
    mvc.perform(get("/open/x/y")).andExpect(status().isUnauthorized());
    mvc.perform(get("/closed")).andExpect(status().isUnauthorized());
  }

  @Test
  void aPlainPattern_opensEveryMethod() throws Exception {
    mvc.perform(get("/plain/a")).andExpect(status().isOk());
    mvc.perform(post("/plain/a")).andExpect(status().isOk());
  }

  @Test
  void onAnOpenPath_aBadTokenIs401_andAGoodOneNamesTheCaller() throws Exception {
    mvc.perform(get("/open/x").header("Authorization", "Bearer bad")).andExpect(status().isUnauthorized());
    mvc.perform(get("/open/x").header("Authorization", "Bearer good"))
        .andExpect(status().isOk()).andExpect(content().string("inspector-li"));
    mvc.perform(get("/closed").header("Authorization", "Bearer good")).andExpect(status().isOk());
  }

  @Configuration(proxyBeanMethods = false)
  @EnableAutoConfiguration
  static class App {

    /** Accepts the token {@code good} only. */
    @Bean
    JwtDecoder jwtDecoder() {
      return token -> {
        if (!token.equals("good")) {
          throw new BadJwtException("not a good token");
        }
        return Jwt.withTokenValue(token).header("alg", "none").subject("inspector-li")
            .claim(Callers.CLAIM_ROLES, List.of("TOWN_AGENCY")).issuedAt(Instant.now())
            .expiresAt(Instant.now().plusSeconds(60)).build();
      };
    }

    @RestController
    static class Endpoints {

      @PostMapping("/open")
      String post() {
        return caller();
      }

      @GetMapping({"/open", "/open/{x}", "/open/{x}/{y}", "/closed"})
      String get() {
        return caller();
      }

      @GetMapping("/plain/a")
      String plainGet() {
        return caller();
      }

      @PostMapping("/plain/a")
      String plainPost() {
        return caller();
      }

      private static String caller() {
        return Callers.current().map(Caller::userId).orElse("anonymous");
      }
    }
  }
}
