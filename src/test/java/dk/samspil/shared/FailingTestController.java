package dk.samspil.shared;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Exists only in the tests: a public page that fails, to show the 500 page. */
@Controller
class FailingTestController {

  @GetMapping("/test/fejl")
  String fail() {
    throw new IllegalStateException("deliberately failing for the 500 page");
  }

  /** Lets anyone reach the failing page. */
  @Configuration(proxyBeanMethods = false)
  static class OpenTestPages {

    @Bean
    @Order(1)
    SecurityFilterChain testPages(HttpSecurity http) throws Exception {
      return http.securityMatcher("/test/**")
          .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
          .build();
    }
  }
}
