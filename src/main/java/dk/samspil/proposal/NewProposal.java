package dk.samspil.proposal;

import java.util.Set;

/**
 * What a citizen brings, checked and placed: the area the place lies in, and the council that
 * receives it (null when the area has no council that represents it: its contact person acts).
 *
 * @param latitude WGS84, with {@code longitude}; null unless the place was picked on the map
 * @param placeName an address or town as typed, or the picked place's name; may be null
 * @param wholeArea whether it concerns the whole area rather than one place
 */
public record NewProposal(
    ProposalKind kind,
    Set<InitiativeNeed> needs,
    String title,
    String description,
    Double latitude,
    Double longitude,
    String placeName,
    boolean wholeArea,
    Long areaId,
    Long councilId,
    Set<Long> themeIds,
    String proposerName,
    String proposerEmail,
    Long proposerAccountId,
    boolean showName) {}
