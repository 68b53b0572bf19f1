/**
 * What every feature's GraphQL side shares: the caller's {@link org.pathgraph.api.Role}, Relay
 * connections and cursors, and the exceptions that reach clients as classified errors. It depends
 * on nothing of Pathgraph but {@code neo4j}.
 */
package org.pathgraph.api;
