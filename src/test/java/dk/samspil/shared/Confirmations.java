package dk.samspil.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.springframework.test.web.servlet.ResultMatcher;

/** Checks the confirmation a POST leaves for the page it redirects to ({@link Forms#confirm}). */
public final class Confirmations {

  private Confirmations() {}

  /** The redirect carries a confirmation with this message key. */
  public static ResultMatcher confirms(String messageKey) {
    return result ->
        assertThat(result.getFlashMap().get(Confirmation.ATTRIBUTE))
            .as("the confirmation after the redirect")
            .isInstanceOfSatisfying(
                Confirmation.class,
                confirmation -> assertThat(confirmation.messageKey()).isEqualTo(messageKey));
  }

  /** The redirect carries this confirmation, with these arguments. */
  public static ResultMatcher confirmsWith(String messageKey, Object... arguments) {
    return result ->
        assertThat(result.getFlashMap().get(Confirmation.ATTRIBUTE))
            .isEqualTo(new Confirmation(messageKey, arguments));
  }
}
