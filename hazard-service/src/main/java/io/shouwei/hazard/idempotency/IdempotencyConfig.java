package io.shouwei.hazard.idempotency;

import java.time.Clock;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.web.servlet.HandlerExceptionResolver;

/** The {@link IdempotencyFilter} on {@code /api/*}, right after Spring Security's filter chain. */
@Configuration(proxyBeanMethods = false)
class IdempotencyConfig {

  /** After the security filter chain (which has {@link SecurityProperties#DEFAULT_FILTER_ORDER}). */
  static final int ORDER = SecurityProperties.DEFAULT_FILTER_ORDER + 10;

  @Bean
  IdempotencyRecords idempotencyRecords(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
    return new IdempotencyRecords(jdbc, transactions);
  }

  @Bean
  FilterRegistrationBean<IdempotencyFilter> idempotencyFilter(
      IdempotencyRecords records, IdempotencyProperties properties, Clock clock,
      @Qualifier("handlerExceptionResolver") HandlerExceptionResolver problems) {
    FilterRegistrationBean<IdempotencyFilter> registration =
        new FilterRegistrationBean<>(new IdempotencyFilter(records, properties, clock, problems));
    registration.addUrlPatterns("/api/*");
    registration.setOrder(ORDER);
    return registration;
  }
}
