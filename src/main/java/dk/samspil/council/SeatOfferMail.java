package dk.samspil.council;

import dk.samspil.account.Account;
import dk.samspil.account.AccountManagement;
import dk.samspil.notification.Outbox;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Mails the person offered a seat the single-use link to accept or decline it. The link's secret is
 * made here, in the listener's own transaction together with the mail, so that it is never kept in
 * the event publication: a repeated event finds the offer already mailed and sends nothing.
 */
@Component
class SeatOfferMail {

  private final CouncilSeatOffers offers;
  private final CouncilManagement councils;
  private final AccountManagement accounts;
  private final Outbox outbox;
  private final MessageSource messages;
  private final String baseUrl;

  SeatOfferMail(
      CouncilSeatOffers offers,
      CouncilManagement councils,
      AccountManagement accounts,
      Outbox outbox,
      MessageSource messages,
      @Value("${samspil.base-url}") String baseUrl) {
    this.offers = offers;
    this.councils = councils;
    this.accounts = accounts;
    this.outbox = outbox;
    this.messages = messages;
    this.baseUrl = baseUrl.replaceAll("/+$", "");
  }

  @ApplicationModuleListener
  void on(CouncilSeatOffered event) {
    CouncilSeatOffer offer = offers.findById(event.offerId()).orElse(null);
    if (offer == null
        || offer.hasToken()
        || offer.state(Instant.now()) != CouncilSeatOffer.State.OPEN) {
      return;
    }
    Account account = accounts.account(offer.getAccountId()).orElse(null);
    if (account == null || !account.canSignIn()) {
      return;
    }
    Council council = councils.councilById(offer.getCouncilId());
    String token = offer.issueToken();
    offers.save(offer);
    Locale danish = Locale.forLanguageTag("da");
    String position = messages.getMessage(offer.getPosition().messageKey(), null, danish);
    String link =
        baseUrl + "/lokalraad-invitation?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
    Object[] args = {council.getName(), position, link, CouncilSeatOffer.LIFETIME.toDays()};
    outbox.enqueueOnce(
        "council-seat-offer:" + offer.getId(),
        account.mailAddress(),
        messages.getMessage("mail.seat-offer.subject", args, danish),
        messages.getMessage("mail.seat-offer.body", args, danish));
  }
}
