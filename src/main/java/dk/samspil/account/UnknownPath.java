package dk.samspil.account;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * Matches requests that no controller handles, so that a mistyped address gets the 404 page rather
 * than a sign-in page. Every real page still needs its permission.
 */
class UnknownPath implements RequestMatcher {

  private final ObjectProvider<RequestMappingHandlerMapping> controllers;

  UnknownPath(ObjectProvider<RequestMappingHandlerMapping> controllers) {
    this.controllers = controllers;
  }

  @Override
  public boolean matches(HttpServletRequest request) {
    try {
      if (!ServletRequestPathUtils.hasParsedRequestPath(request)) {
        ServletRequestPathUtils.parseAndCache(request);
      }
      HandlerExecutionChain handler = controllers.getObject().getHandler(request);
      return handler == null;
    } catch (Exception knownPathOtherMethodOrType) {
      return false;
    }
  }
}
