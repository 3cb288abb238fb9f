package dk.samspil.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.samspil.SamspilTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The "choose your e-mail" form of a first MitID sign-in cannot be used to flood a mailbox. */
@SamspilTest
class IdentityEmailLimitTests {

  @Autowired IdentityVerification verification;
  @Autowired PendingIdentities pending;
  @Autowired JdbcClient jdbc;

  long identity() {
    return pending.remember("mitid", "sub-" + UUID.randomUUID(), "Test Person", null);
  }

  static String address() {
    return "limit-" + UUID.randomUUID() + "@example.dk";
  }

  @Test
  void anIdentityGetsAtMostFiveLinksADay() {
    long id = identity();
    for (int i = 0; i < 5; i++) {
      verification.chooseEmail(id, address());
    }
    String sixth = address();
    assertThatThrownBy(() -> verification.chooseEmail(id, sixth))
        .isInstanceOf(IdentityVerification.TooManyLinks.class);
    assertThat(verification.chosenEmail(id).orElseThrow())
        .as("the last link still works")
        .isNotEqualTo(sixth);
  }

  @Test
  void oneAddressGetsAtMostThreeLinksADayWhoeverAsks() {
    String victim = address();
    for (int i = 0; i < 3; i++) {
      verification.chooseEmail(identity(), i == 1 ? victim.toUpperCase() : victim);
    }
    long another = identity();
    assertThatThrownBy(() -> verification.chooseEmail(another, victim))
        .isInstanceOf(IdentityVerification.TooManyLinks.class);
    assertThat(verification.chosenEmail(another)).isEmpty();
  }

  @Test
  void sendsCountOnlyForADay() {
    long id = identity();
    for (int i = 0; i < 5; i++) {
      verification.chooseEmail(id, address());
    }
    jdbc.sql(
            "update identity_email_send set sent_at = sent_at - interval '25 hours' where pending_id = ?")
        .param(id)
        .update();
    String later = address();
    verification.chooseEmail(id, later);
    assertThat(verification.chosenEmail(id)).contains(later);
  }
}
