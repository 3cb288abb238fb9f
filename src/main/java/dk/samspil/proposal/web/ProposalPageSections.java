package dk.samspil.proposal.web;

import dk.samspil.area.Area;
import dk.samspil.area.AreaManagement;
import dk.samspil.council.AreaPageSection;
import dk.samspil.council.Council;
import dk.samspil.council.CouncilPageSection;
import dk.samspil.council.PageSection;
import dk.samspil.proposal.Proposal;
import dk.samspil.proposal.ProposalFilter;
import dk.samspil.proposal.PublicProposals;
import dk.samspil.shared.DanishDates;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The proposal sections of the public council and area pages: the public proposals the council
 * received, or that concern the area, newest first, and what came of each; the rest on /forslag.
 */
@Component
@Transactional(readOnly = true)
class ProposalPageSections implements CouncilPageSection, AreaPageSection {

  /** How many proposals a council or area page lists before linking to the rest. */
  static final int LIMIT = 10;

  private final PublicProposals proposals;
  private final AreaManagement areas;
  private final MessageSource messages;

  ProposalPageSections(PublicProposals proposals, AreaManagement areas, MessageSource messages) {
    this.proposals = proposals;
    this.areas = areas;
    this.messages = messages;
  }

  @Override
  public Optional<PageSection> forCouncil(Council council, Locale locale) {
    Page<Proposal> found = proposals.find(ProposalFilter.ofCouncil(council.getId()), 0, LIMIT);
    Area area =
        council.getAreaId() == null
            ? null
            : areas.areasById(List.of(council.getAreaId())).get(council.getAreaId());
    return Optional.of(
        section(
            found,
            locale,
            t(locale, "proposal.public.section.council.intro", council.getName()),
            t(locale, "proposal.public.section.council.empty"),
            area == null ? "/forslag" : "/forslag?omraade=" + area.getSlug(),
            "proposal.public.section.council.heading"));
  }

  @Override
  public Optional<PageSection> forArea(Area area, Locale locale) {
    Page<Proposal> found = proposals.find(ProposalFilter.ofArea(area.getId()), 0, LIMIT);
    return Optional.of(
        section(
            found,
            locale,
            t(locale, "proposal.public.section.area.intro", area.getName()),
            t(locale, "proposal.public.section.area.empty"),
            "/forslag?omraade=" + area.getSlug(),
            "proposal.public.section.area.heading"));
  }

  private PageSection section(
      Page<Proposal> found,
      Locale locale,
      String intro,
      String empty,
      String allHref,
      String headingKey) {
    List<PageSection.Entry> entries = new ArrayList<>();
    for (Proposal proposal : found.getContent()) {
      List<PageSection.Fact> facts = new ArrayList<>();
      facts.add(fact(locale, "proposal.public.state", t(locale, proposal.getState().messageKey())));
      facts.add(fact(locale, "proposal.public.kind", t(locale, proposal.getKind().messageKey())));
      facts.add(
          fact(
              locale,
              "proposal.public.received",
              DanishDates.day(ProposalViews.received(proposal))));
      String outcome = null;
      if (proposal.getAnswer() != null) {
        outcome = t(locale, proposal.getAnswer().messageKey());
      } else if (proposal.getReturnReason() != null) {
        outcome = t(locale, "proposal.return-reason." + proposal.getReturnReason().name());
      } else if (proposal.getAssessment() != null) {
        outcome = t(locale, proposal.getAssessment().messageKey());
      }
      entries.add(
          new PageSection.Entry(
              proposal.getTitle(), "/forslag/" + proposal.getId(), facts, outcome));
    }
    long total = found.getTotalElements();
    return new PageSection(
        "forslag",
        t(locale, headingKey),
        intro,
        entries,
        empty,
        total > entries.size()
            ? new PageSection.Link(t(locale, "proposal.public.section.more", total), allHref)
            : null);
  }

  private PageSection.Fact fact(Locale locale, String labelKey, String value) {
    return new PageSection.Fact(t(locale, labelKey), value);
  }

  private String t(Locale locale, String key, Object... args) {
    return messages.getMessage(key, args, locale);
  }
}
