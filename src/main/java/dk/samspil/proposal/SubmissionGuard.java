package dk.samspil.proposal;

import dk.samspil.shared.SecretTokens;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The guards against spam that need no third-party captcha: the form carries the moment it was
 * shown, signed so it cannot be made up, and a form sent sooner than people can write is refused;
 * an e-mail address and a client address may bring only so many proposals. The client address is
 * kept only as a keyed hash, for a day. The last guard is the e-mail confirmation itself.
 */
@Service
public class SubmissionGuard {

  /** What the signed start time of a form says. */
  public enum FillTime {
    /** Sent after the minimum fill time. */
    OK,
    /** Sent too soon after the form was shown. */
    TOO_FAST,
    /** Missing or not signed by Samspil: not shown by this site's form. */
    INVALID
  }

  private final JdbcClient jdbc;
  private final Clock clock;
  private final SubmitProperties settings;
  private final TransactionTemplate ownTransaction;
  private volatile byte[] key;

  SubmissionGuard(
      JdbcClient jdbc,
      Clock clock,
      SubmitProperties settings,
      PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.settings = settings;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** The signed start time for a form shown now. */
  public String stamp() {
    return stampAt(clock.instant());
  }

  /** The signed start time for a form shown at {@code shownAt}. */
  public String stampAt(Instant shownAt) {
    String millis = Long.toString(shownAt.toEpochMilli());
    return millis + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(mac(millis));
  }

  /** Whether a form with this start time was sent after the minimum fill time. */
  public FillTime fillTime(String stamp) {
    if (stamp == null || !stamp.matches("\\d{1,15}\\.[A-Za-z0-9_-]{43}")) {
      return FillTime.INVALID;
    }
    String millis = stamp.substring(0, stamp.indexOf('.'));
    byte[] signature = Base64.getUrlDecoder().decode(stamp.substring(stamp.indexOf('.') + 1));
    if (!MessageDigest.isEqual(signature, mac(millis))) {
      return FillTime.INVALID;
    }
    Instant shown = Instant.ofEpochMilli(Long.parseLong(millis));
    Duration taken = Duration.between(shown, clock.instant());
    return taken.compareTo(settings.minFillTime()) < 0 ? FillTime.TOO_FAST : FillTime.OK;
  }

  /**
   * Refuses a proposal from an address or client that has brought too many lately.
   *
   * @throws SubmissionRefused if a limit is reached
   */
  void checkLimits(String email, String clientAddress) {
    Instant now = clock.instant();
    int byEmail =
        jdbc.sql("select count(*) from proposal where lower(proposer_email) = ? and created_at > ?")
            .param(email.strip().toLowerCase(Locale.ROOT))
            .param(java.sql.Timestamp.from(now.minus(Duration.ofDays(1))))
            .query(Integer.class)
            .single();
    if (byEmail >= settings.maxPerEmailPerDay()) {
      throw new SubmissionRefused(
          "email", "proposal.submit.error.limit-email", settings.maxPerEmailPerDay());
    }
    if (clientAddress == null) {
      return;
    }
    int byAddress =
        jdbc.sql("select count(*) from proposal_submission where ip_hash = ? and at > ?")
            .param(addressHash(clientAddress))
            .param(java.sql.Timestamp.from(now.minus(Duration.ofHours(1))))
            .query(Integer.class)
            .single();
    if (byAddress >= settings.maxPerAddressPerHour()) {
      throw new SubmissionRefused("", "proposal.submit.error.limit-address");
    }
  }

  /** Counts a proposal brought from the client address. */
  void count(String clientAddress) {
    if (clientAddress == null) {
      return;
    }
    jdbc.sql("insert into proposal_submission (ip_hash, at) values (?, ?)")
        .param(addressHash(clientAddress))
        .param(java.sql.Timestamp.from(clock.instant()))
        .update();
  }

  /** Forgets the client addresses counted before {@code before}. */
  int forgetAddresses(Instant before) {
    return jdbc.sql("delete from proposal_submission where at < ?")
        .param(java.sql.Timestamp.from(before))
        .update();
  }

  private String addressHash(String clientAddress) {
    return HexFormat.of().formatHex(mac("ip:" + clientAddress.strip().toLowerCase(Locale.ROOT)));
  }

  private byte[] mac(String text) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key(), "HmacSHA256"));
      return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The key every instance shares: made by the first to need it, then read from the database. */
  private byte[] key() {
    byte[] known = key;
    if (known == null) {
      known = loadKey();
      key = known;
    }
    return known;
  }

  private byte[] loadKey() {
    return ownTransaction.execute(status -> readOrMakeKey());
  }

  private byte[] readOrMakeKey() {
    jdbc.sql(
            "insert into proposal_submit_key (id, secret) values (1, ?) on conflict (id) do"
                + " nothing")
        .param(SecretTokens.newSecret())
        .update();
    String secret =
        jdbc.sql("select secret from proposal_submit_key where id = 1")
            .query(String.class)
            .single();
    return secret.getBytes(StandardCharsets.UTF_8);
  }
}
