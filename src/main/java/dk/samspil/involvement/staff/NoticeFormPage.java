package dk.samspil.involvement.staff;

import dk.samspil.shared.FieldError;
import java.util.List;

/** The form for a new notice. */
public record NoticeFormPage(
    NoticeForm form,
    List<Option> departments,
    List<Option> areas,
    List<Option> councils,
    List<FieldError> errors)
    implements FormErrors {}
