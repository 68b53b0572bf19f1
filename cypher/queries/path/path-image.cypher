MATCH (:LearningPath {hruid: $hruid, language: $language})-[:HAS_IMAGE]->(i:PathImage)
RETURN i.type AS type, i.data AS data
