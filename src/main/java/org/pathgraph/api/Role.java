package org.pathgraph.api;

import graphql.GraphQLContext;

/**
 * Who is asking. Every statement that can return a learning object takes the role as {@code $role}
 * and applies the one predicate in {@code cypher/fragments/visible.cypher}.
 */
public enum Role {
  ANONYMOUS,
  TEACHER,
  ADMIN;

  /** The key under which the request's role sits in the GraphQL context. */
  public static final String CONTEXT_KEY = "pathgraph.role";

  /** The role of the request behind {@code context}; anonymous when none was set. */
  public static Role of(GraphQLContext context) {
    Role role = context == null ? null : context.get(CONTEXT_KEY);
    return role == null ? ANONYMOUS : role;
  }
}
