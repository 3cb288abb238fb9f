package dk.samspil.proposal;

import dk.samspil.account.Account;
import dk.samspil.account.AccountManagement;
import dk.samspil.area.Area;
import dk.samspil.area.AreaManagement;
import dk.samspil.council.Council;
import dk.samspil.council.CouncilManagement;
import dk.samspil.organisation.Department;
import dk.samspil.organisation.OrganisationManagement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * An object mother for proposal tests: proposals each test brings itself (through {@link
 * ProposalHistory}, so no one is mailed about them), so that tests never change the demonstration
 * data's proposals and never depend on each other.
 */
@Component
public class ProposalFixtures {

  private final ProposalHistory history;
  private final Proposals proposals;
  private final ProposalQueries queries;
  private final AreaManagement areas;
  private final CouncilManagement councils;
  private final OrganisationManagement organisation;
  private final AccountManagement accounts;
  private final JdbcClient jdbc;
  private final Clock clock;

  ProposalFixtures(
      ProposalHistory history,
      Proposals proposals,
      ProposalQueries queries,
      AreaManagement areas,
      CouncilManagement councils,
      OrganisationManagement organisation,
      AccountManagement accounts,
      JdbcClient jdbc,
      Clock clock) {
    this.history = history;
    this.proposals = proposals;
    this.queries = queries;
    this.areas = areas;
    this.councils = councils;
    this.organisation = organisation;
    this.accounts = accounts;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** A title no other test uses. */
  public static String uniqueTitle(String prefix) {
    return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
  }

  /** An e-mail address no other test uses. */
  public static String uniqueEmail(String prefix) {
    return prefix + "." + UUID.randomUUID().toString().substring(0, 8) + "@borger.example";
  }

  /** What a citizen brings; change it with the record's copy methods below. */
  public record Brought(
      String title,
      String areaSlug,
      ProposalKind kind,
      Set<String> themes,
      String name,
      String email,
      boolean showName,
      Double latitude,
      Double longitude) {

    public Brought kind(ProposalKind kind) {
      return new Brought(title, areaSlug, kind, themes, name, email, showName, latitude, longitude);
    }

    public Brought themes(String... slugs) {
      return new Brought(
          title, areaSlug, kind, Set.of(slugs), name, email, showName, latitude, longitude);
    }

    public Brought proposer(String name, String email, boolean showName) {
      return new Brought(title, areaSlug, kind, themes, name, email, showName, latitude, longitude);
    }

    public Brought at(double latitude, double longitude) {
      return new Brought(title, areaSlug, kind, themes, name, email, showName, latitude, longitude);
    }
  }

  public static Brought brought(String title, String areaSlug) {
    return new Brought(
        title,
        areaSlug,
        ProposalKind.FORSLAG,
        Set.of(),
        "Test Borger",
        uniqueEmail("forslagsstiller"),
        false,
        null,
        null);
  }

  /** The proposal, confirmed now: with the council of its area. */
  public Proposal confirmed(Brought brought) {
    Area area = areas.area(brought.areaSlug());
    Long councilId = councils.councilOf(area.getId()).map(Council::getId).orElse(null);
    Set<Long> themeIds = new LinkedHashSet<>();
    for (String slug : brought.themes()) {
      themeIds.add(organisation.themeBySlug(slug).orElseThrow().getId());
    }
    Long id =
        history.bring(
            new NewProposal(
                brought.kind(),
                brought.kind() == ProposalKind.INITIATIV ? Set.of(InitiativeNeed.STED) : Set.of(),
                brought.title(),
                "Første afsnit om " + brought.title() + ".\n\nAndet afsnit, med <b>tegn</b>.",
                brought.latitude(),
                brought.longitude(),
                "Hovedgaden",
                false,
                area.getId(),
                councilId,
                themeIds,
                brought.name(),
                brought.email(),
                null,
                brought.showName()),
            clock.instant(),
            LocalDate.now(clock).plusWeeks(6));
    return queries.proposal(id);
  }

  /** A proposal brought but never confirmed: shown to no one. */
  public Proposal unconfirmed(Brought brought) {
    Area area = areas.area(brought.areaSlug());
    return proposals.save(
        new Proposal(
            new NewProposal(
                brought.kind(),
                Set.of(),
                brought.title(),
                "Ikke bekræftet.",
                null,
                null,
                null,
                true,
                area.getId(),
                councils.councilOf(area.getId()).map(Council::getId).orElse(null),
                Set.of(),
                brought.name(),
                brought.email(),
                null,
                brought.showName()),
            "unconfirmed-" + UUID.randomUUID(),
            clock.instant()));
  }

  /** Forwarded by the council, routed, acknowledged and answered. */
  public Proposal answered(Proposal proposal, MunicipalAnswer answer, String text) {
    Long id = proposal.getId();
    history.forward(id, Assessment.STOETTER, "Lokalrådet støtter det.", null, clock.instant());
    history.route(id, departmentId("Center for Plan og Miljø"), null, clock.instant(), null);
    history.acknowledge(id, "Sagsbehandler Hansen", null, clock.instant());
    history.answer(id, answer, text, null, null, clock.instant());
    return queries.proposal(id);
  }

  public Proposal forwarded(Proposal proposal, String assessment) {
    history.forward(proposal.getId(), Assessment.STOETTER, assessment, null, clock.instant());
    return queries.proposal(proposal.getId());
  }

  public Proposal reload(Proposal proposal) {
    return queries.proposal(proposal.getId());
  }

  public Long departmentId(String name) {
    return organisation.departmentByName(name).map(Department::getId).orElseThrow();
  }

  public Account account(String email) {
    return accounts.accountByEmail(email).orElseThrow();
  }

  /** The confirmed supports of the proposal, counted in the database. */
  public long supports(Proposal proposal) {
    return jdbc.sql(
            "select count(*) from proposal_support where proposal_id = ? and confirmed_at is not null")
        .param(proposal.getId())
        .query(Long.class)
        .single();
  }

  /** The id of a demonstration proposal, by its title. */
  public Long demo(String title) {
    return jdbc.sql("select id from proposal where title = ?")
        .param(title)
        .query(Long.class)
        .single();
  }
}
