package dk.samspil.proposal;

import dk.samspil.shared.SecretTokens;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A proposal's photos: PNG or JPEG, recognised by their first bytes (never by the name or the type
 * the browser claims), each at most {@link SubmitProperties#maxPhotoSize()}, at most {@link
 * SubmitProperties#maxPhotos()} of them. While the proposal is written they are kept under a draft
 * key that the form carries, as a browser cannot fill a file input again; when it is sent they
 * become the proposal's.
 */
@Service
@Transactional(readOnly = true)
public class ProposalPhotos {

  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
  private static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};
  private static final int NAME_MAX = 200;

  /** A file as uploaded. */
  public record Upload(String filename, byte[] content) {

    boolean isEmpty() {
      return content == null || content.length == 0;
    }
  }

  /** Why one uploaded file was refused: a message key with the file's name as {0}. */
  public record Problem(String filename, String messageKey, Object[] arguments) {}

  /** A photo kept while the proposal is written. */
  public record Kept(long id, String filename, int sizeBytes) {}

  /** A photo of a proposal, to serve. */
  public record Photo(
      long id, long proposalId, String contentType, String filename, byte[] content) {}

  private final JdbcClient jdbc;
  private final Clock clock;
  private final SubmitProperties settings;

  ProposalPhotos(JdbcClient jdbc, Clock clock, SubmitProperties settings) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.settings = settings;
  }

  /** The content type the bytes show, if it is a photo Samspil takes. */
  public static Optional<String> sniff(byte[] content) {
    if (startsWith(content, PNG)) {
      return Optional.of("image/png");
    }
    if (startsWith(content, JPEG)) {
      return Optional.of("image/jpeg");
    }
    return Optional.empty();
  }

  /**
   * What is wrong with the uploads, each file on its own and their number together with the {@code
   * alreadyKept} photos; empty if all may be kept.
   */
  public List<Problem> check(List<Upload> uploads, int alreadyKept) {
    List<Problem> problems = new ArrayList<>();
    List<Upload> files = uploads.stream().filter(upload -> !upload.isEmpty()).toList();
    for (Upload upload : files) {
      String name = safeName(upload.filename(), "image/png");
      if (upload.content().length > settings.maxPhotoSize().toBytes()) {
        problems.add(
            new Problem(
                name,
                "proposal.submit.error.photo-too-large",
                new Object[] {name, settings.maxPhotoSize().toMegabytes()}));
      } else if (sniff(upload.content()).isEmpty()) {
        problems.add(new Problem(name, "proposal.submit.error.photo-type", new Object[] {name}));
      }
    }
    if (alreadyKept + files.size() > settings.maxPhotos()) {
      problems.add(
          new Problem(
              "",
              "proposal.submit.error.photo-count",
              new Object[] {settings.maxPhotos(), alreadyKept}));
    }
    return problems;
  }

  /** Whether the text can be a draft key this class made. */
  public static boolean isDraftKey(String key) {
    return key != null && key.matches("[A-Za-z0-9_-]{43}");
  }

  /**
   * Keeps the uploads (checked first with {@link #check}) under the draft key, a new one if {@code
   * draftKey} is none; returns the key.
   */
  @Transactional
  public String keep(String draftKey, List<Upload> uploads) {
    String key = isDraftKey(draftKey) ? draftKey : SecretTokens.newSecret();
    String hash = SecretTokens.hash(key);
    int position = kept(key).size();
    for (Upload upload : uploads) {
      if (upload.isEmpty()) {
        continue;
      }
      String type = sniff(upload.content()).orElseThrow();
      jdbc.sql(
              "insert into proposal_photo_draft (draft_key_hash, position, content_type,"
                  + " filename, content, size_bytes, created_at) values (?, ?, ?, ?, ?, ?, ?)")
          .param(hash)
          .param(position++)
          .param(type)
          .param(safeName(upload.filename(), type))
          .param(upload.content())
          .param(upload.content().length)
          .param(Timestamp.from(clock.instant()))
          .update();
    }
    return key;
  }

  /** The photos kept under the draft key, in the order chosen. */
  public List<Kept> kept(String draftKey) {
    if (!isDraftKey(draftKey)) {
      return List.of();
    }
    return jdbc.sql(
            "select id, filename, size_bytes from proposal_photo_draft where draft_key_hash = ?"
                + " order by position, id")
        .param(SecretTokens.hash(draftKey))
        .query((rs, row) -> new Kept(rs.getLong("id"), rs.getString("filename"), rs.getInt(3)))
        .list();
  }

  /** Removes kept photos the person no longer wants. */
  @Transactional
  public void remove(String draftKey, Collection<Long> ids) {
    if (!isDraftKey(draftKey) || ids == null || ids.isEmpty()) {
      return;
    }
    jdbc.sql("delete from proposal_photo_draft where draft_key_hash = :hash and id in (:ids)")
        .param("hash", SecretTokens.hash(draftKey))
        .param("ids", List.copyOf(ids))
        .update();
  }

  /** Makes the photos kept under the draft key the proposal's (at most the allowed number). */
  void attach(String draftKey, long proposalId) {
    if (!isDraftKey(draftKey)) {
      return;
    }
    String hash = SecretTokens.hash(draftKey);
    jdbc.sql(
            "insert into proposal_photo (proposal_id, position, content_type, filename, content,"
                + " size_bytes) select ?, row_number() over (order by position, id) - 1,"
                + " content_type, filename, content, size_bytes from proposal_photo_draft"
                + " where draft_key_hash = ? order by position, id limit ?")
        .param(proposalId)
        .param(hash)
        .param(settings.maxPhotos())
        .update();
    jdbc.sql("delete from proposal_photo_draft where draft_key_hash = ?").param(hash).update();
  }

  /** The ids and names of a proposal's photos, in order (no content). */
  public List<Kept> photosOf(long proposalId) {
    return jdbc.sql(
            "select id, filename, size_bytes from proposal_photo where proposal_id = ?"
                + " order by position, id")
        .param(proposalId)
        .query((rs, row) -> new Kept(rs.getLong("id"), rs.getString("filename"), rs.getInt(3)))
        .list();
  }

  /** One photo of a proposal, with its content. */
  public Optional<Photo> photo(long proposalId, long photoId) {
    return jdbc.sql(
            "select id, proposal_id, content_type, filename, content from proposal_photo"
                + " where id = ? and proposal_id = ?")
        .param(photoId)
        .param(proposalId)
        .query(
            (rs, row) ->
                new Photo(
                    rs.getLong("id"),
                    rs.getLong("proposal_id"),
                    rs.getString("content_type"),
                    rs.getString("filename"),
                    rs.getBytes("content")))
        .optional();
  }

  /** Deletes photos kept for drafts begun before {@code before} that were never sent. */
  @Transactional
  int forgetDrafts(Instant before) {
    return jdbc.sql("delete from proposal_photo_draft where created_at < ?")
        .param(Timestamp.from(before))
        .update();
  }

  /** A file name that is safe to store and to send back: no folders, no control characters. */
  static String safeName(String original, String contentType) {
    String name = original == null ? "" : original;
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    name = name.replaceAll("[\\p{Cntrl}\"]", "").strip();
    if (name.length() > NAME_MAX) {
      name = name.substring(name.length() - NAME_MAX);
    }
    if (name.isBlank() || name.startsWith(".")) {
      name = "billede" + ("image/png".equals(contentType) ? ".png" : ".jpg");
    }
    return name;
  }

  private static boolean startsWith(byte[] content, byte[] prefix) {
    return content != null
        && content.length >= prefix.length
        && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
  }
}
