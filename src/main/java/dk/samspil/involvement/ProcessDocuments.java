package dk.samspil.involvement;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProcessDocuments extends JpaRepository<ProcessDocument, Long> {

  List<ProcessDocument> findByProcessIdOrderByUploadedAt(Long processId);
}
