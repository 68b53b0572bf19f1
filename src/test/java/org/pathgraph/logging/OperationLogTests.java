package org.pathgraph.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pathgraph.support.DemoContextTests;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/** Lines logged while a GraphQL request runs carry its operation name. */
class OperationLogTests extends DemoContextTests {

  private final Logger logger = (Logger) LoggerFactory.getLogger(OperationNameInterceptor.class);
  private final ListAppender<ILoggingEvent> events = new ListAppender<>();
  private Level level;

  @BeforeEach
  void capture() {
    level = logger.getLevel();
    logger.setLevel(Level.DEBUG);
    events.start();
    logger.addAppender(events);
  }

  @AfterEach
  void release() {
    logger.detachAppender(events);
    logger.setLevel(level);
  }

  @Test
  void requestLinesCarryTheOperationName() {
    anonymous().post("query CatalogueForLogs { learningPaths(first: 1) { totalCount } }");
    anonymous()
        .post("query A { learningPaths(first: 1) { totalCount } }", Map.of())
        .body(); // a second request must not inherit the first one's name

    assertThat(events.list)
        .extracting(e -> e.getMDCPropertyMap().get(OperationNameInterceptor.KEY))
        .containsExactly("CatalogueForLogs", "A");
    assertThat(events.list.get(0).getFormattedMessage())
        .startsWith("GraphQL CatalogueForLogs answered in ")
        .endsWith(" with 0 errors");
  }

  @Test
  void theRequestThreadIsCleanAfterwards() {
    anonymous().post("query Clean { learningPaths(first: 1) { totalCount } }");
    assertThat(MDC.get(OperationNameInterceptor.KEY)).isNull();
  }
}
