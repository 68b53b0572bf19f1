// What the graph holds, to plan an incremental import: one row per object and per path. A node
// without a Search* label was written before full-text search existed: its hash reads as null, so
// the import rewrites it once (and gives it its label and search text) even though its file is
// unchanged. The importer also rewrites an object whose full-text labels are not those it would
// write now (a graph written before the per-audience indexes), and one that lacks the conceptUris
// or goalSources properties (written before them): reads take an object's concepts and goals only
// from those properties, so the import is what migrates such a graph.
MATCH (o:LearningObject)
RETURN 'object' AS kind, o.key AS key,
       CASE WHEN any(l IN labels(o) WHERE l STARTS WITH 'Search')
                 AND o.conceptUris IS NOT NULL AND o.goalSources IS NOT NULL
            THEN o.contentHash END AS hash,
       o.sourceFile AS file, [l IN labels(o) WHERE l STARTS WITH 'Search'] AS searchLabels
UNION ALL
MATCH (p:LearningPath)
RETURN 'path' AS kind, p.key AS key,
       CASE WHEN any(l IN labels(p) WHERE l STARTS WITH 'Search') THEN p.contentHash END AS hash,
       p.sourceFile AS file, [] AS searchLabels
