package org.pathgraph.concept;

import java.util.List;

/** The goals of one source, as the GraphQL type {@code EducationalGoalGroup} shows them. */
record EducationalGoalGroup(String source, List<EducationalGoal> goals) {}
