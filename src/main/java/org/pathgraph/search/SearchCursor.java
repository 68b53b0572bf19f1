package org.pathgraph.search;

import org.pathgraph.api.BadRequestException;
import org.pathgraph.api.Cursors;

/**
 * The keyset cursor of a hit: its score and key, the order of search results. A score travels as
 * the shortest decimal that reads back as the same double, so the next page starts exactly after
 * it.
 */
record SearchCursor(double score, String key) {

  String encode() {
    return Cursors.encode(score + " " + key);
  }

  /** The cursor in {@code after}; null for null. */
  static SearchCursor decode(String after) {
    String text = Cursors.decode(after);
    if (text == null) {
      return null;
    }
    int space = text.indexOf(' ');
    if (space > 0) {
      try {
        return new SearchCursor(
            Double.parseDouble(text.substring(0, space)), text.substring(space + 1));
      } catch (NumberFormatException e) {
        // fall through to the error below
      }
    }
    throw new BadRequestException("'after' is not a cursor of a search: \"" + after + "\"");
  }
}
