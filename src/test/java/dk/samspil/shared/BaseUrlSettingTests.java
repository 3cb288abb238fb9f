package dk.samspil.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.samspil.shared.BaseUrlSetting.BaseUrlMissing;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

class BaseUrlSettingTests {

  @Test
  void theEmbeddedDemonstrationRunDefaultsToLocalhost() {
    var environment = new MockEnvironment().withProperty("samspil.base-url", "");
    new BaseUrlSetting().postProcessEnvironment(environment, new SpringApplication());
    assertThat(environment.getProperty("samspil.base-url")).isEqualTo("http://localhost:8080");
  }

  @Test
  void aSetAddressIsKept() {
    var environment =
        new MockEnvironment()
            .withProperty("samspil.base-url", "https://samspil.kommune.dk")
            .withProperty("spring.datasource.url", "jdbc:postgresql://db/samspil");
    new BaseUrlSetting().postProcessEnvironment(environment, new SpringApplication());
    assertThat(environment.getProperty("samspil.base-url")).isEqualTo("https://samspil.kommune.dk");
  }

  @Test
  void anExternalDatabaseWithoutAnAddressRefusesToStart() {
    var environment =
        new MockEnvironment()
            .withProperty("samspil.base-url", "")
            .withProperty("spring.datasource.url", "jdbc:postgresql://db/samspil");
    assertThatThrownBy(
            () -> new BaseUrlSetting().postProcessEnvironment(environment, new SpringApplication()))
        .isInstanceOf(BaseUrlMissing.class)
        .hasMessageContaining("samspil.base-url is not set")
        .hasMessageContaining("external database");
  }

  @Test
  void theEmbeddedDatabaseWithoutDemonstrationDataRefusesToStart() {
    assertThatThrownBy(() -> BaseUrlSetting.resolve("", "", "false"))
        .isInstanceOf(BaseUrlMissing.class)
        .hasMessageContaining("demonstration data is off");
    assertThat(BaseUrlSetting.resolve("", "", "true")).isEqualTo("http://localhost:8080");
  }

  @Test
  void somethingThatIsNoAddressIsRefused() {
    assertThatThrownBy(() -> BaseUrlSetting.resolve("samspil.kommune.dk", "", "auto"))
        .isInstanceOf(BaseUrlMissing.class);
  }

  @Test
  void theFailureAnalysisSaysWhatToSet() {
    var analysis =
        new BaseUrlFailureAnalyzer()
            .analyze(new IllegalStateException(new BaseUrlMissing("samspil.base-url is not set.")));
    assertThat(analysis.getDescription()).contains("samspil.base-url is not set");
    assertThat(analysis.getAction()).contains("SAMSPIL_BASE_URL=");
  }
}
