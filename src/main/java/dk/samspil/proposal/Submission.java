package dk.samspil.proposal;

import java.util.Set;

/**
 * What a citizen sends from the form, before its place is routed.
 *
 * @param accountId the signed-in proposer's account, whose e-mail address needs no confirmation;
 *     null for a citizen without an account
 * @param draftKey the key the photos were kept under while writing, or null
 * @param clientAddress where the request came from, for the per-client limit
 */
public record Submission(
    ProposalKind kind,
    Set<InitiativeNeed> needs,
    String title,
    String description,
    PlaceRouting.Place place,
    Set<Long> themeIds,
    String proposerName,
    String proposerEmail,
    Long accountId,
    boolean showName,
    String draftKey,
    String clientAddress) {}
