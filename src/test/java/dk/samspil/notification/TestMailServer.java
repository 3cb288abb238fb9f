package dk.samspil.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.test.context.DynamicPropertyRegistrar;

/**
 * One real SMTP server (GreenMail) for the whole shared test context, on a free port. The outbox
 * job sends to it like to any SMTP server ({@code spring.mail.host} is set in application-test.yml,
 * the port here). Tests read what arrived, always filtered by their own recipient: other tests send
 * mail too.
 */
@Configuration(proxyBeanMethods = false)
public class TestMailServer {

  @Bean(destroyMethod = "stop")
  GreenMail greenMail() {
    GreenMail greenMail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    greenMail.start();
    return greenMail;
  }

  @Bean
  DynamicPropertyRegistrar greenMailPort(GreenMail greenMail) {
    return registry -> registry.add("spring.mail.port", () -> greenMail.getSmtp().getPort());
  }

  /** The mails that arrived for {@code recipient}, oldest first. */
  public static List<MimeMessage> messagesTo(GreenMail greenMail, String recipient) {
    return Arrays.stream(greenMail.getReceivedMessages())
        .filter(message -> isFor(message, recipient))
        .toList();
  }

  /**
   * Waits (up to 60 s, for a loaded machine) until {@code count} mails have arrived for {@code
   * recipient}.
   */
  public static List<MimeMessage> awaitMessagesTo(
      GreenMail greenMail, String recipient, int count) {
    return awaitMessagesTo(greenMail, recipient, message -> true, count);
  }

  /**
   * Waits (up to 60 s, for a loaded machine) until {@code count} mails that {@code which} accepts
   * have arrived for {@code recipient}; returns those, oldest first.
   */
  public static List<MimeMessage> awaitMessagesTo(
      GreenMail greenMail, String recipient, Predicate<MimeMessage> which, int count) {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    List<MimeMessage> found = messagesTo(greenMail, recipient).stream().filter(which).toList();
    while (found.size() < count && System.nanoTime() < deadline) {
      sleep(50);
      found = messagesTo(greenMail, recipient).stream().filter(which).toList();
    }
    assertThat(found).as("mails to %s", recipient).hasSizeGreaterThanOrEqualTo(count);
    return found;
  }

  /** The one mail that arrives for {@code recipient}. */
  public static MimeMessage awaitMessageTo(GreenMail greenMail, String recipient) {
    List<MimeMessage> found = awaitMessagesTo(greenMail, recipient, 1);
    assertThat(found).as("mails to %s", recipient).hasSize(1);
    return found.get(0);
  }

  /** The one mail for {@code recipient} whose subject contains {@code subject}, once it arrived. */
  public static MimeMessage awaitMessageTo(GreenMail greenMail, String recipient, String subject) {
    List<MimeMessage> found =
        awaitMessagesTo(greenMail, recipient, message -> subjectContains(message, subject), 1);
    assertThat(found).as("mails to %s about %s", recipient, subject).hasSize(1);
    return found.get(0);
  }

  private static boolean subjectContains(MimeMessage message, String subject) {
    try {
      return message.getSubject() != null && message.getSubject().contains(subject);
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The plain-text body of a mail, decoded. */
  public static String text(MimeMessage message) {
    try {
      return message.getContent().toString().replace("\r\n", "\n");
    } catch (IOException | MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The first link in a mail's text that contains {@code path}. */
  public static String link(MimeMessage message, String path) {
    Matcher matcher =
        Pattern.compile("https?://\\S*" + Pattern.quote(path) + "\\S*").matcher(text(message));
    assertThat(matcher.find()).as("a link to %s in the mail", path).isTrue();
    return matcher.group();
  }

  private static boolean isFor(MimeMessage message, String recipient) {
    try {
      var to = message.getRecipients(Message.RecipientType.TO);
      return to != null
          && Arrays.stream(to)
              .anyMatch(
                  address ->
                      address instanceof InternetAddress internet
                          && internet.getAddress().equalsIgnoreCase(recipient));
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
