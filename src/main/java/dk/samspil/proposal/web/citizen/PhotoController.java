package dk.samspil.proposal.web.citizen;

import dk.samspil.proposal.Proposal;
import dk.samspil.proposal.ProposalAccess;
import dk.samspil.proposal.ProposalNotFound;
import dk.samspil.proposal.ProposalPhotos;
import dk.samspil.proposal.ProposalQueries;
import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A proposal's photo: to everyone while the proposal is public, otherwise only to those who read
 * its internal side (a hidden proposal's council and the municipality's staff). Always with the
 * type its bytes were checked as, never sniffed by the browser.
 */
@Controller
class PhotoController {

  private final ProposalQueries queries;
  private final ProposalAccess access;
  private final ProposalPhotos photos;

  PhotoController(ProposalQueries queries, ProposalAccess access, ProposalPhotos photos) {
    this.queries = queries;
    this.access = access;
    this.photos = photos;
  }

  @GetMapping("/forslag/{id}/billeder/{photoId}")
  ResponseEntity<byte[]> photo(
      @PathVariable Long id, @PathVariable Long photoId, Authentication authentication) {
    Proposal proposal = queries.proposal(id);
    boolean isPublic = proposal.isPublic();
    if (!isPublic && !access.readsInternals(authentication, proposal)) {
      throw ProposalNotFound.forId(id);
    }
    ProposalPhotos.Photo photo =
        photos.photo(id, photoId).orElseThrow(() -> ProposalNotFound.forId(id));
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(photo.contentType()))
        .header("X-Content-Type-Options", "nosniff")
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.inline()
                .filename(photo.filename(), java.nio.charset.StandardCharsets.UTF_8)
                .build()
                .toString())
        .cacheControl(
            isPublic
                ? CacheControl.maxAge(Duration.ofHours(1)).cachePrivate()
                : CacheControl.noStore())
        .body(photo.content());
  }
}
