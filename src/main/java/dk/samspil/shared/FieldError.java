package dk.samspil.shared;

/**
 * A problem with one form field, shown next to the field and in the error summary at the top of the
 * form. {@code field} is the input's id.
 */
public record FieldError(String field, String messageKey, Object... arguments) {}
