package org.pathgraph;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Says where everything is once the server is ready, so a new user knows what to open. */
@Component
class ReadyLog {

  private static final Logger log = LoggerFactory.getLogger(ReadyLog.class);

  @EventListener
  void ready(ApplicationReadyEvent event) {
    if (event.getApplicationContext() instanceof WebServerApplicationContext web
        && web.getWebServer() != null) {
      String base = "http://localhost:" + web.getWebServer().getPort();
      log.info(
          "Pathgraph ready: GraphQL at {}/graphql, GraphiQL at {}/graphiql, health at"
              + " {}/actuator/health",
          base,
          base,
          base);
    }
  }
}
