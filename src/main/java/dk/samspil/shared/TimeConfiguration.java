package dk.samspil.shared;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Samspil's idea of "today": Danish time. Deadlines are whole days in Denmark. */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

  public static final ZoneId DANISH_TIME = ZoneId.of("Europe/Copenhagen");

  @Bean
  Clock clock() {
    return Clock.system(DANISH_TIME);
  }
}
