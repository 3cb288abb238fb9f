package dk.samspil.page;

/** A page's text as the administrator writes it: a title and a body in Markdown. */
public record PageDraft(String title, String body) {}
