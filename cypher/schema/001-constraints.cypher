// Unique keys first: concurrent MERGE without them can create duplicates (STACK.md pitfall 7).
// Community edition supports IS UNIQUE only, so required fields are enforced by the importer.
CREATE CONSTRAINT learning_object_key IF NOT EXISTS FOR (o:LearningObject) REQUIRE o.key IS UNIQUE;
CREATE CONSTRAINT learning_path_key IF NOT EXISTS FOR (p:LearningPath) REQUIRE p.key IS UNIQUE;
CREATE CONSTRAINT path_node_key IF NOT EXISTS FOR (n:PathNode) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT path_image_key IF NOT EXISTS FOR (i:PathImage) REQUIRE i.key IS UNIQUE;
CREATE CONSTRAINT concept_uri IF NOT EXISTS FOR (c:Concept) REQUIRE c.uri IS UNIQUE;
CREATE CONSTRAINT goal_key IF NOT EXISTS FOR (g:Goal) REQUIRE g.key IS UNIQUE;
CREATE CONSTRAINT unresolved_key IF NOT EXISTS FOR (u:Unresolved) REQUIRE u.key IS UNIQUE;
CREATE CONSTRAINT import_lock_id IF NOT EXISTS FOR (l:ImportLock) REQUIRE l.id IS UNIQUE;
CREATE CONSTRAINT import_report_id IF NOT EXISTS FOR (r:ImportReport) REQUIRE r.id IS UNIQUE;
