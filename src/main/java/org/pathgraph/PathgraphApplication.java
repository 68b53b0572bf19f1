package org.pathgraph;

import org.pathgraph.cli.Cli;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The Pathgraph server and its command-line tools (see {@link org.pathgraph.cli.Cli}). */
@SpringBootApplication
@ConfigurationPropertiesScan
public class PathgraphApplication {

  public static void main(String[] args) {
    if (Cli.isCommand(args)) {
      System.exit(Cli.run(args, System.out, System.err));
    }
    SpringApplication.run(PathgraphApplication.class, args);
  }
}
