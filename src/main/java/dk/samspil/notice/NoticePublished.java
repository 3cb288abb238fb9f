package dk.samspil.notice;

/**
 * A notice was published to its areas and councils.
 *
 * @param replayed history replayed by demonstration data, which no one is told about
 */
public record NoticePublished(Long noticeId, boolean replayed) {}
