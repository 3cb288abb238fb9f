package dk.samspil.account.web;

import dk.samspil.account.OidcProviders;
import dk.samspil.account.OidcRefusal;
import java.util.List;

/**
 * What the sign-in page shows.
 *
 * @param username the address typed before a failed sign-in, or empty
 * @param refusal why an OpenID Connect sign-in was refused, or null
 * @param providers the OpenID Connect providers to offer, and whether each can be reached
 */
public record LoginPage(
    String username,
    boolean failed,
    Long lockedMinutes,
    OidcRefusal refusal,
    List<OidcProviders.Provider> providers) {}
