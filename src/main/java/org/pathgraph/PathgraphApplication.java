package org.pathgraph;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The Pathgraph server and its command-line tools. */
@SpringBootApplication
public class PathgraphApplication {

  public static void main(String[] args) {
    SpringApplication.run(PathgraphApplication.class, args);
  }
}
