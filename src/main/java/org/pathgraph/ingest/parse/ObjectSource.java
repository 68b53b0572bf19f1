package org.pathgraph.ingest.parse;

import java.util.ArrayList;
import java.util.List;
import org.pathgraph.content.LearningObject;

/**
 * One learning object as read from its file: validated and normalised, ready to be written.
 *
 * <p>Its fields are the {@link LearningObject} the graph will serve (one list of an object's fields
 * for reading and writing), with what only the import needs beside it: the links found in its body.
 * In {@code object}, {@code markdown} is the body the object renders (the front matter's body, or
 * for a {@code metadata.md}/{@code metadata.yaml} object the text of its content file when that is
 * text; null when there is none), {@code contentFile} its separate content file relative to the
 * content root, {@code folder} the folder holding its assets, {@code contentHash} a hash of
 * everything it was built from, and {@code conceptUris} and the goals sorted and distinct.
 */
public record ObjectSource(LearningObject object, List<LinkRef> links) {

  /** The object key {@code hruid/language/version}. */
  public String key() {
    return object.key();
  }

  /** The file the object was read from, relative to the content root. */
  public String sourceFile() {
    return object.sourceFile();
  }

  /** The object's educational goals, from {@code goalSources} and {@code goalIds}. */
  public List<GoalRef> goals() {
    List<GoalRef> goals = new ArrayList<>();
    for (int i = 0; i < object.goalIds().size(); i++) {
      goals.add(new GoalRef(object.goalSources().get(i), object.goalIds().get(i)));
    }
    return goals;
  }
}
