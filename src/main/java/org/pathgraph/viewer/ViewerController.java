package org.pathgraph.viewer;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Serves the viewer's pages. The viewer is one static page that routes in the browser, so the URLs
 * it shows (and that rendered content links to: {@code pathgraph.links.path-url} and {@code
 * object-url}) all forward to {@code index.html}. GraphiQL is served from the jar too: Spring for
 * GraphQL's own page loads its scripts from a CDN, which fails offline.
 */
@Controller
class ViewerController {

  @GetMapping({
    "/paths/{language}/{hruid}",
    "/objects/{language}/{hruid}",
    "/objects/{language}/{hruid}/{version}",
    "/concepts",
    "/graph"
  })
  String viewer() {
    return "forward:/index.html";
  }

  @GetMapping({"/graphiql", "/graphiql/"})
  String graphiql() {
    return "forward:/graphiql/index.html";
  }
}
