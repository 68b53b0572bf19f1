package org.pathgraph.render;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** An in-memory resolver: objects by key, and every asset exists unless its name says "missing". */
final class FakeResolver implements ReferenceResolver {

  private final Map<String, Embeddable> objects = new HashMap<>();

  FakeResolver markdown(String key, String body) {
    String[] parts = key.split("/");
    String folder = "/assets/" + parts[1] + "/" + parts[0] + "/" + parts[2] + "/";
    objects.put(key, new Embeddable(key, RenderRequest.markdown(body, key, folder), false));
    return this;
  }

  FakeResolver restricted(String key) {
    objects.put(key, Embeddable.restricted(key));
    return this;
  }

  /** The objects the golden files refer to. */
  static FakeResolver golden() {
    return new FakeResolver()
        .markdown("child/nl/1", "Child **text** with ![a picture](pic.png \"Pic\").")
        .restricted("secret/nl/1")
        .markdown("loop_a/nl/1", "A embeds B:\n\n![](@learning-object/loop_b/nl/1)")
        .markdown("loop_b/nl/1", "B embeds A:\n\n![](@learning-object/loop_a/nl/1)");
  }

  @Override
  public Optional<Embeddable> object(String hruid, String language, Integer version) {
    String key = hruid + "/" + language + "/" + (version == null ? 1 : version);
    return Optional.ofNullable(objects.get(key));
  }

  @Override
  public boolean assetExists(String objectKey, String relativePath) {
    return !relativePath.contains("missing");
  }
}
