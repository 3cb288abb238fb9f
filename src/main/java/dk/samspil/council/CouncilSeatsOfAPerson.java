package dk.samspil.council;

import dk.samspil.account.PersonalDataContributor;
import dk.samspil.account.ProfileRolesContributor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's council seats on their profile page ("Formand i Fensmark Lokalråd") and in the
 * download of their personal data.
 */
@Component
@Transactional(readOnly = true)
class CouncilSeatsOfAPerson implements ProfileRolesContributor, PersonalDataContributor {

  private final CouncilMembers members;
  private final Councils councils;
  private final MessageSource messages;

  CouncilSeatsOfAPerson(CouncilMembers members, Councils councils, MessageSource messages) {
    this.members = members;
    this.councils = councils;
    this.messages = messages;
  }

  @Override
  public List<String> describe(long accountId, Locale locale) {
    List<String> lines = new ArrayList<>();
    for (Map.Entry<CouncilMember, Council> seat : seats(accountId).entrySet()) {
      lines.add(
          messages.getMessage(
              "council.seat.description",
              new Object[] {
                messages.getMessage(seat.getKey().getPosition().messageKey(), null, locale),
                seat.getValue().getName()
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
    for (Map.Entry<CouncilMember, Council> seat : seats(accountId).entrySet()) {
      Map<String, Object> values = new LinkedHashMap<>();
      values.put("council", seat.getValue().getName());
      values.put("position", seat.getKey().getPosition().name());
      values.put("mayAnswer", seat.getKey().isMayAnswer());
      values.put("namePublic", seat.getKey().isNamePublic());
      values.put("joinedAt", String.valueOf(seat.getKey().getJoinedAt()));
      seats.add(values);
    }
    return seats.isEmpty() ? Map.of() : Map.of("seats", seats);
  }

  private Map<CouncilMember, Council> seats(long accountId) {
    List<CouncilMember> seats = members.findByAccountId(accountId);
    Map<Long, Council> byId =
        councils.findAllById(seats.stream().map(CouncilMember::getCouncilId).toList()).stream()
            .collect(Collectors.toMap(Council::getId, Function.identity()));
    Map<CouncilMember, Council> result = new LinkedHashMap<>();
    seats.forEach(seat -> result.put(seat, byId.get(seat.getCouncilId())));
    return result;
  }
}
