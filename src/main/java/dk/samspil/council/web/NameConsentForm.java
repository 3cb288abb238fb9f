package dk.samspil.council.web;

/**
 * A member's own consent to show their name on the council's public page: the seat ({@code medlem})
 * and the ticked box ({@code navnOffentligt}; not ticked withdraws the consent).
 */
public record NameConsentForm(Long medlem, Boolean navnOffentligt) {

  boolean namePublic() {
    return Boolean.TRUE.equals(navnOffentligt);
  }
}
