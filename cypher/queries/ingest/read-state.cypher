// What the graph holds, to plan an incremental import: one row per object and per path.
MATCH (o:LearningObject)
RETURN 'object' AS kind, o.key AS key, o.contentHash AS hash, o.sourceFile AS file
UNION ALL
MATCH (p:LearningPath)
RETURN 'path' AS kind, p.key AS key, p.contentHash AS hash, p.sourceFile AS file
