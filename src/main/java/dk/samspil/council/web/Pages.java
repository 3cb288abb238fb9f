package dk.samspil.council.web;

import dk.samspil.area.Parish;
import dk.samspil.area.PlaceMatch;
import dk.samspil.council.BoardSeat;
import dk.samspil.council.PageSection;
import dk.samspil.organisation.Theme;
import java.util.List;

/** The data of each public page, as its template takes it. */
public final class Pages {

  private Pages() {}

  /** The front page. */
  public record Home(List<AreaListing> listings) {

    public long councilCount() {
      return listings.stream().filter(AreaListing::hasCouncil).count();
    }

    public long withoutCouncilCount() {
      return listings.size() - councilCount();
    }
  }

  /** The list of councils. */
  public record CouncilList(List<AreaListing> councils) {}

  /** One area, with the sections other modules add (e.g. the processes that affect it). */
  public record AreaDetail(
      AreaListing listing, List<Parish> parishes, List<Theme> themes, List<PageSection> sections) {}

  /**
   * One council, with its board (positions, and names only of those who consented), whether the
   * viewer sits on it and may edit it, and the sections other modules add (e.g. what it
   * contributed).
   */
  public record CouncilDetail(
      AreaListing listing,
      List<Theme> themes,
      List<BoardSeat> board,
      boolean member,
      boolean mayManage,
      boolean mayInviteFromOutside,
      List<PageSection> sections) {}

  /** The contact directory: councils, and areas without one. */
  public record Contacts(List<AreaListing> councils, List<AreaListing> withoutCouncil) {}

  /** "Find dit lokalområde": a typed search, a point, or neither yet. */
  public record Find(String query, boolean tooLong, List<Found> found, Point point) {

    public boolean searched() {
      return query != null && !query.isBlank() && !tooLong;
    }
  }

  /** A place that matched, with the areas it lies in. */
  public record Found(PlaceMatch place, List<AreaListing> areas) {}

  /**
   * A point looked up from a map click or the browser's location; {@code listing} is null when it
   * lies outside the areas, and {@code invalid} when the coordinates could not be read.
   */
  public record Point(Double latitude, Double longitude, AreaListing listing, boolean invalid) {}
}
