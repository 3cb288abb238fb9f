package dk.samspil.involvement;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ContributionAttachments extends JpaRepository<ContributionAttachment, Long> {

  List<ContributionAttachment> findByInvitationIdOrderByUploadedAt(Long invitationId);
}
