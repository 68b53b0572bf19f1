package org.pathgraph.bench;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.catalina.Context;
import org.apache.catalina.startup.Tomcat;

/**
 * The floor of an HTTP request: the embedded Tomcat the server runs on, with one servlet that reads
 * the request body and answers fixed bytes. Run in a JVM of its own by {@link HttpFloorBench}:
 * {@code BareServlet <port> <body file> <content type>}.
 */
public final class BareServlet {

  private BareServlet() {}

  public static void main(String[] args) throws Exception {
    int port = Integer.parseInt(args[0]);
    byte[] body = Files.readAllBytes(Path.of(args[1]));
    String contentType = args[2];
    Tomcat tomcat = new Tomcat();
    tomcat.setBaseDir(Files.createTempDirectory("bare-tomcat").toString());
    tomcat.setPort(port);
    tomcat.getConnector();
    Context context = tomcat.addContext("", null);
    Tomcat.addServlet(
        context,
        "bare",
        new HttpServlet() {
          @Override
          protected void doPost(HttpServletRequest request, HttpServletResponse response)
              throws IOException {
            request.getInputStream().readAllBytes();
            response.setContentType(contentType);
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
          }

          @Override
          protected void doGet(HttpServletRequest request, HttpServletResponse response)
              throws IOException {
            response.setContentType("text/plain");
            response.getOutputStream().write("up".getBytes());
          }
        });
    context.addServletMappingDecoded("/graphql", "bare");
    tomcat.start();
    tomcat.getServer().await();
  }
}
