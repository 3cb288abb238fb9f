package dk.samspil.shared;

/**
 * An extension point: a sentence a module adds to every page's footer while it applies, e.g. the
 * demonstration's "the contact persons are fictitious", which must never show in production.
 */
public interface FooterNote {

  /** Whether the note applies to this installation now. */
  boolean shown();

  /** The message key of the sentence. */
  String messageKey();
}
