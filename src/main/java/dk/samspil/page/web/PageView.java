package dk.samspil.page.web;

import java.time.Instant;

/** A standing page as the public reads it: its title and its text as safe HTML. */
public record PageView(String title, String html, Instant updatedAt) {}
