package dk.samspil.council;

import dk.samspil.account.PersonalDataContributor;
import dk.samspil.account.ProfileRolesContributor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A person's council seats on their profile page ("Formand i Fensmark Lokalråd") and in the
 * download of their personal data; seats on councils that closed down are included.
 */
@Component
class CouncilSeatsOfAPerson implements ProfileRolesContributor, PersonalDataContributor {

  private final CouncilMembership membership;
  private final MessageSource messages;

  CouncilSeatsOfAPerson(CouncilMembership membership, MessageSource messages) {
    this.membership = membership;
    this.messages = messages;
  }

  @Override
  public List<String> describe(long accountId, Locale locale) {
    List<String> lines = new ArrayList<>();
    for (CouncilSeat seat : membership.seatsWithCouncils(accountId)) {
      lines.add(
          messages.getMessage(
              "council.seat.description",
              new Object[] {
                messages.getMessage(seat.member().getPosition().messageKey(), null, locale),
                seat.council().getName()
              },
              locale));
    }
    return lines;
  }

  @Override
  public String section() {
    return "councilSeats";
  }

  @Override
  public Map<String, Object> personalData(long accountId) {
    List<Map<String, Object>> seats = new ArrayList<>();
    for (CouncilSeat seat : membership.seatsWithCouncils(accountId)) {
      Map<String, Object> values = new LinkedHashMap<>();
      values.put("council", seat.council().getName());
      values.put("position", seat.member().getPosition().name());
      values.put("mayAnswer", seat.member().isMayAnswer());
      values.put("namePublic", seat.member().isNamePublic());
      values.put("joinedAt", String.valueOf(seat.member().getJoinedAt()));
      seats.add(values);
    }
    return seats.isEmpty() ? Map.of() : Map.of("seats", seats);
  }
}
