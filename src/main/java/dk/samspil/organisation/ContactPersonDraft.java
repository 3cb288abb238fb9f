package dk.samspil.organisation;

/**
 * A contact person as the administration creates or changes them; title, phone and department are
 * optional. The e-mail address is kept in lower case.
 */
public record ContactPersonDraft(
    String name, String title, String email, String phone, Long departmentId) {}
