package dk.samspil.account;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

/**
 * Stands in for another module (as the council module will be) in the shared test context: it adds
 * a part to the personal data and a line to the profile of the accounts a test registers, and
 * records the {@link AccountDeleted} events it hears.
 */
@Configuration(proxyBeanMethods = false)
public class TestContributions {

  /** Account id → what the other module holds about them. */
  public static final Map<Long, String> SEATS = new ConcurrentHashMap<>();

  public static final Set<Long> DELETED = ConcurrentHashMap.newKeySet();

  @Bean
  PersonalDataContributor testSeats() {
    return new PersonalDataContributor() {
      @Override
      public String section() {
        return "testSeats";
      }

      @Override
      public Map<String, Object> personalData(long accountId) {
        String seat = SEATS.get(accountId);
        return seat == null ? Map.of() : Map.of("seat", seat);
      }
    };
  }

  @Bean
  ProfileRolesContributor testSeatLines() {
    return (accountId, locale) -> {
      String seat = SEATS.get(accountId);
      return seat == null
          ? List.of()
          : List.of(
              (Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? "Seat: " : "Plads: ")
                  + seat);
    };
  }

  @Bean
  DeletionRecorder deletionRecorder() {
    return new DeletionRecorder();
  }

  static class DeletionRecorder {
    @EventListener
    void on(AccountDeleted event) {
      DELETED.add(event.accountId());
    }
  }
}
