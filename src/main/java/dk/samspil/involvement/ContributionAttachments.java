package dk.samspil.involvement;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ContributionAttachments extends JpaRepository<ContributionAttachment, Long> {

  List<ContributionAttachment> findByInvitationIdOrderByUploadedAt(Long invitationId);

  @Query(
      "select new dk.samspil.involvement.FileSummary(a.id, a.invitationId, a.filename, null,"
          + " a.filename, a.contentType, a.sizeBytes, a.uploadedAt) from ContributionAttachment a"
          + " where a.invitationId in ?1 order by a.uploadedAt, a.id")
  List<FileSummary> summariesOf(Collection<Long> invitationIds);
}
