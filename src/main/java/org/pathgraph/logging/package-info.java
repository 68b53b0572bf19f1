/** Logging: JSON logs on request, and the GraphQL operation's name on every request's lines. */
package org.pathgraph.logging;
