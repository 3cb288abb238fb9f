package dk.samspil.proposal;

/**
 * What the public list of proposals is narrowed to; null fields do not filter.
 *
 * @param state where the proposals are; {@link ProposalState#UBEKRAEFTET} matches nothing
 */
public record ProposalFilter(
    Long areaId, Long councilId, Long themeId, ProposalKind kind, ProposalState state) {

  /** Every public proposal. */
  public static final ProposalFilter ALL = new ProposalFilter(null, null, null, null, null);

  public static ProposalFilter ofCouncil(Long councilId) {
    return new ProposalFilter(null, councilId, null, null, null);
  }

  public static ProposalFilter ofArea(Long areaId) {
    return new ProposalFilter(areaId, null, null, null, null);
  }
}
