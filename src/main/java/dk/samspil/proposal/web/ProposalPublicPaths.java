package dk.samspil.proposal.web;

import dk.samspil.shared.PublicPaths;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * What anyone may reach without signing in: the public proposals and their open data, bringing a
 * proposal, and the pages the links in the proposer's and supporters' mails lead to.
 */
@Component
class ProposalPublicPaths implements PublicPaths {

  @Override
  public List<String> pages() {
    return List.of("/forslag", "/forslag/**", "/api/v1/proposals", "/api/v1/proposals/**");
  }

  @Override
  public List<String> forms() {
    return List.of(
        "/forslag/nyt",
        "/forslag/nyt/**",
        "/forslag/bekraeft",
        "/forslag/svar",
        "/forslag/kontaktperson",
        "/forslag/*/stoet",
        "/forslag/stoette/bekraeft");
  }
}
