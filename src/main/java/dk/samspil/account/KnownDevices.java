package dk.samspil.account;

import dk.samspil.shared.SecretTokens;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Browsers that have signed in to an account with its password. At a successful sign-in the browser
 * gets a random token in an HttpOnly cookie; only its SHA-256 hash is stored, bound to the account.
 * A known device is throttled only by its own failures (OWASP: failed guesses by others must not
 * lock the owner out).
 */
@Component
class KnownDevices {

  static final String COOKIE = "SAMSPIL_DEVICE";
  static final Duration KEPT = Duration.ofDays(365);

  private final JdbcClient jdbc;

  KnownDevices(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * The hash of the request's device token if it belongs to the account with this e-mail address.
   */
  @Transactional(readOnly = true)
  public Optional<String> recognise(HttpServletRequest request, String email) {
    String token = cookie(request);
    if (token == null || email == null) {
      return Optional.empty();
    }
    String hash = SecretTokens.hash(token);
    return jdbc.sql(
            """
            select d.token_hash from known_device d join account a on a.id = d.account_id
            where d.token_hash = ? and lower(a.email) = ?
            """)
        .params(hash, Account.normalise(email))
        .query(String.class)
        .optional();
  }

  /** Marks the browser as a known device of the account (or refreshes the mark). */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void remember(long accountId, HttpServletRequest request, HttpServletResponse response) {
    String token = cookie(request);
    if (token != null) {
      int updated =
          jdbc.sql(
                  "update known_device set last_used_at = now() where token_hash = ? and account_id = ?")
              .params(SecretTokens.hash(token), accountId)
              .update();
      if (updated == 1) {
        return;
      }
    }
    String fresh = SecretTokens.newSecret();
    jdbc.sql("insert into known_device (token_hash, account_id) values (?, ?)")
        .params(SecretTokens.hash(fresh), accountId)
        .update();
    response.addHeader(
        HttpHeaders.SET_COOKIE,
        ResponseCookie.from(COOKIE, fresh)
            .httpOnly(true)
            .secure(request.isSecure())
            .sameSite("Lax")
            .path(request.getContextPath().isEmpty() ? "/" : request.getContextPath())
            .maxAge(KEPT)
            .build()
            .toString());
  }

  private static String cookie(HttpServletRequest request) {
    if (request == null || request.getCookies() == null) {
      return null;
    }
    for (Cookie cookie : request.getCookies()) {
      if (COOKIE.equals(cookie.getName())
          && cookie.getValue() != null
          && !cookie.getValue().isBlank()
          && cookie.getValue().length() <= 100) {
        return cookie.getValue();
      }
    }
    return null;
  }
}
