MATCH (p:LearningPath {hruid: $hruid, language: $language})
RETURN p {.*} AS p
