package dk.samspil.involvement;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ProcessDocuments extends JpaRepository<ProcessDocument, Long> {

  List<ProcessDocument> findByProcessIdOrderByUploadedAt(Long processId);

  @Query(
      "select new dk.samspil.involvement.FileSummary(d.id, d.processId, d.title, d.url,"
          + " d.filename, d.contentType, d.sizeBytes, d.uploadedAt) from ProcessDocument d"
          + " where d.processId = ?1 order by d.uploadedAt, d.id")
  List<FileSummary> summariesOf(Long processId);
}
