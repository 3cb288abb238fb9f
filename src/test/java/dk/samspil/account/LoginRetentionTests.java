package dk.samspil.account;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samspil.SamspilTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Failed sign-ins' typed and client addresses are deleted after samspil.login.retention. */
@SamspilTest
class LoginRetentionTests {

  @Autowired LoginRetention retention;
  @Autowired LoginThrottle throttle;
  @Autowired JdbcClient jdbc;

  int rows(String like) {
    return jdbc.sql("select count(*) from login_throttle where throttle_key like ?")
        .param(like)
        .query(Integer.class)
        .single();
  }

  @Test
  void deletesTheAddressesOfOldFailedSignInsAndKeepsRecentOnes() {
    String old = "gammel-" + UUID.randomUUID() + "@samspil.test";
    String recent = "ny-" + UUID.randomUUID() + "@samspil.test";
    throttle.failed(old, "10.9.9.1", null);
    throttle.failed(recent, "10.9.9.2", null);
    jdbc.sql(
            "update login_throttle set window_started_at = now() - interval '91 days'"
                + " where throttle_key like ? or throttle_key = 'address:10.9.9.1'")
        .param("%" + old + "%")
        .update();
    assertThat(rows("%" + old + "%")).isEqualTo(2);

    assertThat(retention.deleteExpired()).isGreaterThanOrEqualTo(3);

    assertThat(rows("%" + old + "%")).isZero();
    assertThat(rows("address:10.9.9.1")).isZero();
    assertThat(rows("%" + recent + "%")).isEqualTo(2);
    assertThat(rows("address:10.9.9.2")).isEqualTo(1);
  }
}
