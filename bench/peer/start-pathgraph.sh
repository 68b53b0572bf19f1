#!/bin/bash
# Starts Pathgraph (packaged jar) on :19500 with its embedded Neo4j's Bolt on 127.0.0.1:19687.
HERE=$(cd "$(dirname "$0")" && pwd)
# Run from the project root (PROJECT), with the jar built (./mvnw -B -DskipTests package).
PROJECT=${PROJECT:-$(pwd)}
CONTENT=${CONTENT:-$PROJECT/../shared/dwengo-sample}
WORK=${WORK:-${TMPDIR:-/tmp}/peer-bench}
mkdir -p "$WORK"
rm -f "$WORK/pathgraph.log"
nohup java -Xmx768m -jar "$PROJECT/target/pathgraph.jar" \
  --server.port=19500 \
  --pathgraph.content.dir="$CONTENT" \
  --pathgraph.embedded.data-dir="$WORK/neo4j" \
  --pathgraph.embedded.bolt-port=19687 \
  --pathgraph.security.jwt.secret=peer-secret-0123456789abcdef0123456789abcdef "$@" \
  > "$WORK/pathgraph.log" 2>&1 &
echo $! > "$WORK/pathgraph.pid"
echo "pathgraph pid $(cat "$WORK/pathgraph.pid"), content $CONTENT"
