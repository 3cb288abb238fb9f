package dk.samspil.account;

import java.util.List;

/** What the sign-in page shows. */
public record LoginPage(
    String username, boolean failed, Long lockedMinutes, String notice, List<String> providers) {}
