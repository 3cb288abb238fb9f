package dk.samspil.notification;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
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
    jdbc.sql(
            new ClassPathResource("db/migration/V14__notification_outbox.sql")
                .getContentAsString(StandardCharsets.UTF_8))
        .update();
    clock = new MutableClock(Instant.now().plusSeconds(1).truncatedTo(ChronoUnit.MILLIS));
  }

  @AfterEach
  void dropDatabase() {
    sharedJdbc.sql("drop database if exists " + database + " with (force)").update();
  }

  static OutboxProperties properties(int batchSize) {
    return new OutboxProperties(
        "Samspil <samspil@localhost>", Duration.ofSeconds(10), batchSize, 8, Duration.ofMinutes(1));
  }

  OutboxSender sender(JavaMailSender mailSender, int batchSize) {
    return new OutboxSender(
        jdbc,
        new DataSourceTransactionManager(dataSource),
        mailSender,
        properties(batchSize),
        clock);
  }

  JavaMailSenderImpl smtp(int port) {
    var mailSender = new JavaMailSenderImpl();
    mailSender.setHost("127.0.0.1");
    mailSender.setPort(port);
    mailSender.setDefaultEncoding("UTF-8");
    return mailSender;
  }

  long enqueue(String recipient) {
    new Outbox(jdbc).enqueue(recipient, "Emne", "Tekst til " + recipient);
    return jdbc.sql("select max(id) from outbox_mail").query(Long.class).single();
  }

  Map<String, Object> row(long id) {
    return jdbc.sql(
            "select status, attempts, next_attempt_at, last_error, sent_at from outbox_mail where id = ?")
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
  void retriesWithExponentialBackOffAndFailsAfterTheLastAttempt() throws IOException {
    long id = enqueue("modtager@outbox.test");
    OutboxSender sender = sender(smtp(closedPort()), 20);

    for (int attempt = 1; attempt <= 7; attempt++) {
      assertThat(sender.sendDue()).isEqualTo(1);

      Map<String, Object> row = row(id);
      assertThat(row.get("status")).isEqualTo("PENDING");
      assertThat(row.get("attempts")).isEqualTo(attempt);
      assertThat((String) row.get("last_error")).contains("MailSendException");
      Duration wait = Duration.ofMinutes(1L << (attempt - 1)); // 1, 2, 4 … 64 minutes
      Instant next = clock.instant().plus(wait);
      assertThat(instant(row.get("next_attempt_at"))).isEqualTo(next);

      clock.set(next.minusSeconds(1));
      assertThat(sender.sendDue()).as("not due before its back-off").isZero();
      clock.set(next);
    }
    assertThat(sender.sendDue()).isEqualTo(1);

    Map<String, Object> row = row(id);
    assertThat(row.get("status")).isEqualTo("FAILED");
    assertThat(row.get("attempts")).isEqualTo(8);
    assertThat(row.get("sent_at")).isNull();
    clock.set(clock.instant().plus(Duration.ofDays(365)));
    assertThat(sender.sendDue()).as("a failed mail is kept, not tried again").isZero();
    assertThat(row(id).get("status")).isEqualTo("FAILED");
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

    // run A claims three mails and is stuck sending the first of them, holding its rows
    CompletableFuture<Integer> runA =
        CompletableFuture.supplyAsync(() -> sender(slow, 3).sendDue());
    assertThat(firstSending.await(10, TimeUnit.SECONDS)).isTrue();
    // meanwhile run B (another instance) takes the other three, and run C finds nothing left
    OutboxSender other = sender(smtp(greenMail.getSmtp().getPort()), 3);
    int runB = other.sendDue();
    int runC = other.sendDue();
    release.countDown();

    assertThat(runA.get(20, TimeUnit.SECONDS)).isEqualTo(3);
    assertThat(runB).isEqualTo(3);
    assertThat(runC).isZero();
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
  void backOffDoublesFromTheFirstRetry() {
    OutboxProperties properties = properties(20);

    assertThat(List.of(1, 2, 3, 4, 7).stream().map(properties::backOff).toList())
        .containsExactly(
            Duration.ofMinutes(1),
            Duration.ofMinutes(2),
            Duration.ofMinutes(4),
            Duration.ofMinutes(8),
            Duration.ofMinutes(64));
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
