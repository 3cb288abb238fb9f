package dk.samspil.demo;

import dk.samspil.shared.FooterNote;
import org.springframework.stereotype.Component;

/** Tells every page's reader that the demonstration's people and addresses are made up. */
@Component
class DemonstrationFooterNote implements FooterNote {

  private final DemoDataRunner runner;

  DemonstrationFooterNote(DemoDataRunner runner) {
    this.runner = runner;
  }

  @Override
  public boolean shown() {
    return runner.enabled();
  }

  @Override
  public String messageKey() {
    return "layout.footer.demo";
  }
}
