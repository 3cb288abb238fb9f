package dk.samspil.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import dk.samspil.SamspilTest;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The sending job as a component, on its own database (a fresh one on the embedded PostgreSQL, with
 * only the outbox table), so that its clock, its SMTP server and its concurrent runs are under the
 * test's control and the application's own job cannot touch these mails.
 */
@SamspilTest
class OutboxSenderTests {

  @Autowired EmbeddedPostgres postgres;
  @Autowired JdbcClient sharedJdbc;
  @Autowired GreenMail greenMail;

  String database;
  DataSource dataSource;
  JdbcClient jdbc;
  MutableClock clock;

  @BeforeEach
  void createDatabase() throws IOException {
    database = "outbox_" + UUID.randomUUID().toString().replace("-", "");
    sharedJdbc.sql("create database " + database).update();
    dataSource = postgres.getDatabase("postgres", database);
    jdbc = JdbcClient.create(dataSource);
    for (String migration :
        List.of(
            "V14__notification_outbox.sql",
            "V71__notification_outbox_once.sql",
            "V120__notification_outbox_message_id.sql")) {
      jdbc.sql(
              new ClassPathResource("db/migration/" + migration)
                  .getContentAsString(StandardCharsets.UTF_8))
          .update();
    }
    clock = new MutableClock(Instant.now().plusSeconds(1).truncatedTo(ChronoUnit.MILLIS));
  }

  @AfterEach
  void dropDatabase() {
    sharedJdbc.sql("drop database if exists " + database + " with (force)").update();
  }

  static final String REMOVED = "[link fjernet efter afsendelse]";
  static final String HIDDEN = "[link skjult: det virker kun for modtageren]";

  final List<Object> events = new CopyOnWriteArrayList<>();

  static OutboxProperties properties(int batchSize) {
    return new OutboxProperties(
        "Samspil <samspil@localhost>",
        Duration.ofSeconds(10),
        batchSize,
        Duration.ofMinutes(1),
        Duration.ofHours(6),
        Duration.ofDays(3));
  }

  OutboxSender sender(JavaMailSender mailSender, int batchSize) {
    return new OutboxSender(
        jdbc,
        new DataSourceTransactionManager(dataSource),
        mailSender,
        properties(batchSize),
        clock,
        events::add,
        REMOVED,
        HIDDEN);
  }

  JavaMailSenderImpl smtp(int port) {
    var mailSender = new JavaMailSenderImpl();
    mailSender.setHost("127.0.0.1");
    mailSender.setPort(port);
    mailSender.setDefaultEncoding("UTF-8");
    return mailSender;
  }

  long enqueue(String recipient) {
    return enqueue(recipient, "Tekst til " + recipient);
  }

  long enqueue(String recipient, String body) {
    new Outbox(jdbc, "https://samspil.test/").enqueue(recipient, "Emne", body);
    return jdbc.sql("select max(id) from outbox_mail").query(Long.class).single();
  }

  Map<String, Object> row(long id) {
    return jdbc.sql(
            "select status, attempts, next_attempt_at, last_error, sent_at, created_at, body,"
                + " message_id from outbox_mail where id = ?")
        .param(id)
        .query()
        .singleRow();
  }

  static Instant instant(Object timestamp) {
    return ((java.sql.Timestamp) timestamp).toInstant();
  }

  static int closedPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  @Test
  void retriesWithCappedBackOffForThreeDaysThenFailsAndTellsOnce() throws IOException {
    long id = enqueue("modtager@outbox.test");
    Instant giveUp = instant(row(id).get("created_at")).plus(Duration.ofDays(3));
    OutboxSender sender = sender(smtp(closedPort()), 20);

    int attempt = 0;
    Duration longestWait = Duration.ZERO;
    while (attempt < 100) {
      assertThat(sender.sendDue()).isEqualTo(1);
      attempt++;
      Map<String, Object> row = row(id);
      assertThat(row.get("attempts")).isEqualTo(attempt);
      assertThat((String) row.get("last_error")).contains("MailSendException");
      if (!"PENDING".equals(row.get("status"))) {
        break;
      }
      assertThat(clock.instant()).as("not given up before three days").isBefore(giveUp);
      assertThat(events).isEmpty();
      Instant next = instant(row.get("next_attempt_at"));
      Duration wait = Duration.between(clock.instant(), next);
      Duration expected = Duration.ofMinutes(1L << Math.min(attempt - 1, 20));
      if (expected.compareTo(Duration.ofHours(6)) > 0) {
        expected = Duration.ofHours(6);
      }
      assertThat(next).isEqualTo(min(clock.instant().plus(expected), giveUp));
      longestWait = wait.compareTo(longestWait) > 0 ? wait : longestWait;

      clock.set(next.minusSeconds(1));
      assertThat(sender.sendDue()).as("not due before its back-off").isZero();
      clock.set(next);
    }

    Map<String, Object> row = row(id);
    assertThat(row.get("status")).isEqualTo("FAILED");
    assertThat(clock.instant()).isEqualTo(giveUp);
    assertThat(longestWait).isEqualTo(Duration.ofHours(6));
    assertThat(attempt).as("1, 2, 4 … 256 minutes, then every 6 hours").isBetween(19, 23);
    assertThat(row.get("sent_at")).isNull();
    assertThat(events).containsExactly(new MailFailed(id, "Emne", giveUp));
    clock.set(clock.instant().plus(Duration.ofDays(365)));
    assertThat(sender.sendDue()).as("a failed mail is kept, not tried again").isZero();
    assertThat(row(id).get("status")).isEqualTo("FAILED");
  }

  @Test
  void neverTellsAboutAFailedNoticeOfAFailedMail() throws IOException {
    new Outbox(jdbc, "https://samspil.test")
        .enqueueOnce(
            FailedMailAlert.KEY_PREFIX + "2026-01-01:account:1", "a@outbox.test", "S", "T");
    OutboxSender sender = sender(smtp(closedPort()), 20);

    clock.set(clock.instant().plus(Duration.ofDays(4)));
    assertThat(sender.sendDue()).isEqualTo(1);

    assertThat(jdbc.sql("select status from outbox_mail").query(String.class).single())
        .isEqualTo("FAILED");
    assertThat(events).isEmpty();
  }

  @Test
  void aCrashWhileSendingTheSecondMailRepeatsOnlyThatMailWithTheSameMessageId() throws Exception {
    String prefix = "krak-" + UUID.randomUUID();
    long first = enqueue(prefix + "-1@outbox.test");
    long second = enqueue(prefix + "-2@outbox.test");
    var sent = new AtomicInteger();
    JavaMailSenderImpl crashing =
        new JavaMailSenderImpl() {
          @Override
          public void send(MimeMessage message) {
            super.send(message);
            if (sent.incrementAndGet() == 2) {
              // sent, but the process dies before it records that
              throw new OutOfMemoryError("crash after sending");
            }
          }
        };
    crashing.setHost("127.0.0.1");
    crashing.setPort(greenMail.getSmtp().getPort());

    assertThatThrownBy(() -> sender(crashing, 20).sendDue()).isInstanceOf(OutOfMemoryError.class);
    assertThat(row(first).get("status")).isEqualTo("SENT");
    assertThat(row(second).get("status")).isEqualTo("PENDING");

    assertThat(sender(smtp(greenMail.getSmtp().getPort()), 20).sendDue()).isEqualTo(1);

    assertThat(TestMailServer.awaitMessagesTo(greenMail, prefix + "-1@outbox.test", 1)).hasSize(1);
    List<MimeMessage> twice =
        TestMailServer.awaitMessagesTo(greenMail, prefix + "-2@outbox.test", 2);
    assertThat(twice).hasSize(2);
    String messageId = (String) row(second).get("message_id");
    assertThat(messageId).matches("<outbox-" + second + "\\.[0-9a-f]{16}@samspil\\.test>");
    assertThat(twice.get(0).getMessageID()).isEqualTo(messageId);
    assertThat(twice.get(1).getMessageID()).isEqualTo(messageId);
    assertThat(row(second).get("status")).isEqualTo("SENT");
  }

  @Test
  void removesTheSecretLinksFromTheKeptTextOnceSent() throws Exception {
    String recipient = "hemmelig-" + UUID.randomUUID() + "@outbox.test";
    String link = "https://samspil.test/invitation?token=hemmeligt-token_123";
    long id =
        enqueue(
            recipient, "Hej\n\nFølg linket: " + link + "\n\nLog ind: https://samspil.test/login\n");
    OutboxSender sender = sender(smtp(greenMail.getSmtp().getPort()), 20);
    assertThat(sender.shown(link)).as("not sent yet: hidden, not removed").isEqualTo(HIDDEN);

    assertThat(sender.sendDue()).isEqualTo(1);

    MimeMessage message = TestMailServer.awaitMessageTo(greenMail, recipient);
    assertThat(TestMailServer.text(message)).contains(link);
    String kept = (String) row(id).get("body");
    assertThat(kept)
        .doesNotContain("hemmeligt-token_123")
        .contains("Følg linket: " + REMOVED)
        .contains("Log ind: https://samspil.test/login");
  }

  @Test
  void keepsTheLinksReadableWhenNothingIsSent() {
    long id = enqueue("demo@outbox.test", "Link: https://samspil.test/invitation?token=abc");
    OutboxSender sender = sender(null, 20);

    sender.sendDue();

    assertThat((String) row(id).get("body")).contains("token=abc");
    assertThat(sender.shown("https://samspil.test/invitation?token=abc")).contains("token=abc");
  }

  static Instant min(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }

  @Test
  void sendsThroughTheSmtpServerAndRecordsIt() throws Exception {
    String recipient = "sendt-" + UUID.randomUUID() + "@outbox.test";
    long id = enqueue(recipient);

    assertThat(sender(smtp(greenMail.getSmtp().getPort()), 20).sendDue()).isEqualTo(1);

    MimeMessage message = TestMailServer.awaitMessageTo(greenMail, recipient);
    assertThat(message.getSubject()).isEqualTo("Emne");
    assertThat(message.getFrom()[0].toString()).isEqualTo("Samspil <samspil@localhost>");
    assertThat(TestMailServer.text(message)).isEqualTo("Tekst til " + recipient);
    assertThat(row(id)).containsEntry("status", "SENT").containsEntry("attempts", 1);
    assertThat(instant(row(id).get("sent_at"))).isEqualTo(clock.instant());
    assertThat(message.getMessageID())
        .isEqualTo(row(id).get("message_id"))
        .startsWith("<outbox-" + id + ".");
  }

  @Test
  void twoConcurrentRunsNeverSendTheSameMail() throws Exception {
    String prefix = "samtidig-" + UUID.randomUUID();
    List<String> recipients = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      recipients.add(prefix + "-" + i + "@outbox.test");
      enqueue(recipients.get(i));
    }
    CountDownLatch firstSending = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    JavaMailSenderImpl slow =
        new JavaMailSenderImpl() {
          @Override
          public void send(MimeMessage message) {
            firstSending.countDown();
            await(release);
            super.send(message);
          }
        };
    slow.setHost("127.0.0.1");
    slow.setPort(greenMail.getSmtp().getPort());

    // run A claims the first mail and is stuck sending it, holding its row
    CompletableFuture<Integer> runA =
        CompletableFuture.supplyAsync(() -> sender(slow, 3).sendDue());
    assertThat(firstSending.await(10, TimeUnit.SECONDS)).isTrue();
    // meanwhile run B (another instance) takes three others, run C the last two
    OutboxSender other = sender(smtp(greenMail.getSmtp().getPort()), 3);
    int runB = other.sendDue();
    int runC = other.sendDue();
    release.countDown();

    assertThat(runA.get(20, TimeUnit.SECONDS)).as("nothing was left after its first").isEqualTo(1);
    assertThat(runB).isEqualTo(3);
    assertThat(runC).isEqualTo(2);
    for (String recipient : recipients) {
      assertThat(TestMailServer.awaitMessagesTo(greenMail, recipient, 1))
          .as("mails to %s", recipient)
          .hasSize(1);
    }
    assertThat(
            jdbc.sql("select count(*) from outbox_mail where status = 'SENT' and attempts = 1")
                .query(Integer.class)
                .single())
        .isEqualTo(6);
  }

  @Test
  void keepsMailUnsentWithoutAnSmtpServer() {
    long id = enqueue("gemt@outbox.test");
    OutboxSender sender = sender(null, 20);

    assertThat(sender.sends()).isFalse();
    assertThat(sender.sendDue()).isEqualTo(1);

    assertThat(row(id)).containsEntry("status", "KEPT").containsEntry("attempts", 0);
    assertThat(row(id).get("last_error")).isNull();
    assertThat(sender.sendDue()).as("kept mail is not picked up again").isZero();
  }

  @Test
  void sendsOnlyWhenAnSmtpHostIsConfigured() {
    JavaMailSender configured = smtp(25);
    var beans = new StaticListableBeanFactory(Map.of("mailSender", configured));

    assertThat(OutboxSender.chooseMailSender(null, beans.getBeanProvider(JavaMailSender.class)))
        .isNull();
    assertThat(OutboxSender.chooseMailSender(" ", beans.getBeanProvider(JavaMailSender.class)))
        .isNull();
    assertThat(
            OutboxSender.chooseMailSender(
                "smtp.example.dk", beans.getBeanProvider(JavaMailSender.class)))
        .isSameAs(configured);
  }

  @Test
  void backOffDoublesFromTheFirstRetryUpToItsCap() {
    OutboxProperties properties = properties(20);

    assertThat(List.of(1, 2, 3, 4, 7, 9, 10, 40).stream().map(properties::backOff).toList())
        .containsExactly(
            Duration.ofMinutes(1),
            Duration.ofMinutes(2),
            Duration.ofMinutes(4),
            Duration.ofMinutes(8),
            Duration.ofMinutes(64),
            Duration.ofMinutes(256),
            Duration.ofHours(6),
            Duration.ofHours(6));
  }

  static void await(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  static final class MutableClock extends Clock {
    private Instant now;

    MutableClock(Instant now) {
      this.now = now;
    }

    void set(Instant now) {
      this.now = now;
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }
}
