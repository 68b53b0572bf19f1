#!/bin/bash
# Side by side on one database: Pathgraph (the packaged jar, :19500, its embedded Neo4j's Bolt on
# 127.0.0.1:19687), the @neo4j/graphql peer (:19600, typeDefs.graphql) and a hand-written Cypher
# floor. Run from the project root after `./mvnw -B -DskipTests package`:
#   CONTENT=/path/to/content bash bench/peer/run-all.sh     (about 15 min)
# CONTENT defaults to ../shared/dwengo-sample; results land in $WORK/results (default
# ${TMPDIR:-/tmp}/peer-bench). Both servers are stopped by PID at the end.
set -e
HERE=$(cd "$(dirname "$0")" && pwd)
export PROJECT=${PROJECT:-$(pwd)}
export WORK=${WORK:-${TMPDIR:-/tmp}/peer-bench}
export CONTENT=${CONTENT:-$PROJECT/../shared/dwengo-sample}
[ -f "$PROJECT/target/pathgraph.jar" ] || { echo "no $PROJECT/target/pathgraph.jar: build it first" >&2; exit 2; }
mkdir -p "$WORK/results"
# The scripts run from a writable copy (shared/ is read-only); node_modules from the lockfile.
cp -r "$HERE"/*.mjs "$HERE"/*.sh "$HERE"/*.graphql "$HERE"/package*.json "$HERE"/queries "$WORK"/
cd "$WORK"
[ -d node_modules/@neo4j/graphql ] || npm ci --no-audit --no-fund
stop() { for f in peer.pid pathgraph.pid; do [ -f "$WORK/$f" ] && kill "$(cat "$WORK/$f")" 2>/dev/null || true; done; }
trap stop EXIT
restart_pathgraph() {
  if [ -f pathgraph.pid ] && kill -0 "$(cat pathgraph.pid)" 2>/dev/null; then
    kill "$(cat pathgraph.pid)"; while kill -0 "$(cat pathgraph.pid)" 2>/dev/null; do sleep 1; done
  fi
  ./start-pathgraph.sh "$@"; ./wait-ready.sh
}
# 1. Pathgraph with its defaults, the peer, same-data check, sequential latency.
restart_pathgraph
./start-peer.sh
node bench.mjs check | tee results/check.txt
TAG=latency node bench.mjs latency 200 500 > results/latency.out 2>&1
# 2. Throughput. Tomcat closes a keep-alive connection after 100 requests by default, which makes
#    autocannon 9 attribute latencies to the wrong requests; so keep-alive is unlimited here.
restart_pathgraph --server.tomcat.max-keep-alive-requests=-1
ONLY=b TAG=warmup node bench.mjs latency 300 100 > /dev/null 2>&1; rm -f results/warmup.*
MERGE=b,e ONLY=b,e TAG=latency-be-cached node bench.mjs latency 200 500 > /dev/null 2>&1
TAG=throughput node throughput.mjs 1 8 32
# 3. Rendering cost with the render cache off, and Pathgraph's Cypher round trips per query.
./uncached.sh
cat /proc/loadavg
