# syntax=docker/dockerfile:1

# ---- build stage -----------------------------------------------------------
# The Maven image ships Maven 3.9 and JDK 17, so the build calls `mvn` directly
# rather than going through ./mvnw, which would download Maven a second time.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /build
# The Maven build installs the viewer's locked npm packages (src/main/frontend/build.mjs): it needs
# Node.js and npm, taken from the official Node image.
COPY --from=node:20-bookworm-slim /usr/local/bin/node /usr/local/bin/node
COPY --from=node:20-bookworm-slim /usr/local/lib/node_modules/npm /usr/local/lib/node_modules/npm
RUN ln -s /usr/local/lib/node_modules/npm/bin/npm-cli.js /usr/local/bin/npm
# Copy the whole build context (.dockerignore keeps out target/, data/ and .git).
# This picks up pom.xml, src/ and the top-level resource folders (graphql/, cypher/)
# that the pom packs into the jar.
COPY . .
# The BuildKit cache mount keeps ~/.m2 between builds without putting it in a layer.
RUN --mount=type=cache,target=/root/.m2 \
    mvn -B -DskipTests package

# ---- runtime stage ---------------------------------------------------------
# eclipse-temurin:17-jre is Ubuntu-based and installs wget (and curl),
# which the HEALTHCHECK below uses.
FROM eclipse-temurin:17-jre
RUN groupadd --system pathgraph \
    && useradd --system --gid pathgraph --home-dir /app --no-create-home \
       --shell /usr/sbin/nologin pathgraph \
    && mkdir -p /app \
    && chown pathgraph:pathgraph /app
WORKDIR /app
# root owns the jar, so the application user cannot change it. /app itself belongs
# to that user, so a local data/ folder (embedded mode) can still be created in it.
COPY --from=build /build/target/pathgraph.jar /app/pathgraph.jar
USER pathgraph
EXPOSE 8080
HEALTHCHECK --interval=15s --timeout=5s --start-period=90s --retries=5 \
    CMD wget -q -O /dev/null http://localhost:8080/actuator/health || exit 1
ENTRYPOINT ["java", "--add-opens", "java.base/java.nio=ALL-UNNAMED", "--add-opens", "java.base/java.io=ALL-UNNAMED", "--add-opens", "java.base/sun.nio.ch=ALL-UNNAMED", "-jar", "/app/pathgraph.jar"]
