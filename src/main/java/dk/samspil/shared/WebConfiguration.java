package dk.samspil.shared;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.support.RequestContextUtils;

/** Danish first; {@code ?lang=en} switches to English and is remembered in a cookie. */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

  static final Locale DANISH = Locale.forLanguageTag("da");

  @Bean
  LocaleResolver localeResolver() {
    var resolver = new CookieLocaleResolver("samspil-sprog");
    resolver.setDefaultLocale(DANISH);
    resolver.setCookieMaxAge(Duration.ofDays(365));
    return resolver;
  }

  /** The open-data API may be read from any web page. */
  @Override
  public void addCorsMappings(CorsRegistry registry) {
    registry.addMapping("/api/**").allowedOrigins("*").allowedMethods("GET", "HEAD");
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    var interceptor = new LocaleChangeInterceptor();
    interceptor.setParamName("lang");
    interceptor.setIgnoreInvalidLocale(true);
    registry.addInterceptor(interceptor);
    registry.addInterceptor(new ControlCharactersCarriedOver());
  }

  /**
   * Carries the note that control characters were removed (see {@link ControlCharacterFilter}) over
   * a redirect, so that the page after a successful form says so too.
   */
  static final class ControlCharactersCarriedOver implements HandlerInterceptor {

    @Override
    public void postHandle(
        HttpServletRequest request,
        HttpServletResponse response,
        Object handler,
        ModelAndView modelAndView) {
      if (ControlCharacterFilter.removedFrom(request)) {
        RequestContextUtils.getOutputFlashMap(request).put(ControlCharacterFilter.REMOVED, true);
      }
    }
  }
}
