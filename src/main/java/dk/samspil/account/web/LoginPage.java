package dk.samspil.account.web;

import dk.samspil.account.OidcRefusal;
import java.util.List;

/**
 * What the sign-in page shows.
 *
 * @param username the address typed before a failed sign-in, or empty
 * @param refusal why an OpenID Connect sign-in was refused, or null
 * @param providers the OpenID Connect providers to offer
 */
public record LoginPage(
    String username,
    boolean failed,
    Long lockedMinutes,
    OidcRefusal refusal,
    List<String> providers) {}
