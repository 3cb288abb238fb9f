package dk.samspil.council;

import dk.samspil.area.AreaManagement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Proposes which councils to invite, and why: the councils of the affected areas („området
 * berøres„), or every council when the whole municipality is affected, and councils that take an
 * interest in one of the process's themes. Areas without a council are returned apart: their
 * contact person is told instead.
 */
public final class RoutingPolicy {

  /** A council that could be invited. Only representing councils (active, being established). */
  public record Candidate(Long councilId, String name, Long areaId, Set<Long> themeIds) {}

  /** One reason: a message key and its argument (a theme's name, or empty). */
  public record Reason(String messageKey, String argument) {

    public String encode() {
      return messageKey + "=" + argument.replace(";", ",");
    }

    /** The reasons as {@link Proposal#encodedReasons()} stored them. */
    public static List<Reason> decode(String encoded) {
      if (encoded == null || encoded.isBlank()) {
        return List.of();
      }
      List<Reason> reasons = new ArrayList<>();
      for (String part : encoded.split(";")) {
        int equals = part.indexOf('=');
        reasons.add(
            equals < 0
                ? new Reason(part, "")
                : new Reason(part.substring(0, equals), part.substring(equals + 1)));
      }
      return reasons;
    }
  }

  /** A council proposed for invitation, with its reasons. */
  public record Proposal(Long councilId, String name, List<Reason> reasons) {

    public boolean affected() {
      return reasons.stream().anyMatch(r -> !r.messageKey().equals(THEME));
    }

    public String encodedReasons() {
      return reasons.stream().map(Reason::encode).collect(Collectors.joining(";"));
    }
  }

  /** The proposals, and the affected areas that have no council. */
  public record Routing(List<Proposal> proposals, List<Long> areasWithoutCouncil) {

    /** Why the council is invited, encoded: Samspil's reasons, or „chosen by the employee“. */
    public String encodedReasonsFor(Long councilId) {
      return proposals.stream()
          .filter(proposal -> proposal.councilId().equals(councilId))
          .findFirst()
          .map(Proposal::encodedReasons)
          .orElse(new Reason(MANUAL, "").encode());
    }
  }

  static final String AREA = "routing.reason.area";
  static final String WHOLE = "routing.reason.whole";
  static final String THEME = "routing.reason.theme";
  static final String MANUAL = "routing.reason.manual";

  private RoutingPolicy() {}

  public static Routing propose(
      boolean wholeMunicipality,
      Set<Long> areaIds,
      Set<Long> themeIds,
      List<Candidate> councils,
      Map<Long, String> themeNames,
      Set<Long> allAreaIds) {
    List<Proposal> proposals = new ArrayList<>();
    for (Candidate council : councils) {
      List<Reason> reasons = new ArrayList<>();
      if (wholeMunicipality) {
        reasons.add(new Reason(WHOLE, ""));
      } else if (areaIds.contains(council.areaId())) {
        reasons.add(new Reason(AREA, ""));
      }
      council.themeIds().stream()
          .filter(themeIds::contains)
          .map(themeNames::get)
          .filter(Objects::nonNull)
          .sorted()
          .forEach(name -> reasons.add(new Reason(THEME, name)));
      if (!reasons.isEmpty()) {
        proposals.add(new Proposal(council.councilId(), council.name(), List.copyOf(reasons)));
      }
    }
    proposals.sort(
        Comparator.comparing((Proposal p) -> !p.affected())
            .thenComparing(Proposal::name, AreaManagement.DANISH_ORDER));
    Set<Long> withCouncil = councils.stream().map(Candidate::areaId).collect(Collectors.toSet());
    List<Long> without =
        (wholeMunicipality ? allAreaIds : areaIds)
            .stream().filter(id -> !withCouncil.contains(id)).sorted().toList();
    return new Routing(List.copyOf(proposals), without);
  }
}
