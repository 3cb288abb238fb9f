package dk.samspil.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class RefererPageTests {

  static MockHttpServletRequest from(String referer) {
    var request = new MockHttpServletRequest("POST", "/form");
    request.setServerName("samspil.example.dk");
    if (referer != null) {
      request.addHeader("Referer", referer);
    }
    return request;
  }

  @Test
  void isThePageOfThisSiteWithItsQuery() {
    assertThat(RefererPage.of(from("https://samspil.example.dk/forslag?side=2")))
        .contains("/forslag?side=2");
    assertThat(RefererPage.of(from("https://SAMSPIL.example.dk"))).contains("/");
  }

  @Test
  void isNothingForAnotherSiteNoRefererOrNoAddress() {
    assertThat(RefererPage.of(from("https://evil.example.com/forslag"))).isEmpty();
    assertThat(RefererPage.of(from(null))).isEmpty();
    assertThat(RefererPage.of(from("ikke en adresse ^"))).isEmpty();
    assertThat(UploadTooLargeFilter.refererPath(from(null))).isEqualTo("/");
    assertThat(ErrorPageController.signInBackTo(from("https://samspil.example.dk/a b")))
        .isEqualTo("/login");
    assertThat(ErrorPageController.signInBackTo(from("https://samspil.example.dk/mit-lokalraad")))
        .isEqualTo("/login?fortsaet=%2Fmit-lokalraad");
  }
}
