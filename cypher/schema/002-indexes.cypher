// "Latest version of hruid/language" and translations look objects up by these.
CREATE INDEX learning_object_hruid_language IF NOT EXISTS FOR (o:LearningObject) ON (o.hruid, o.language);
CREATE INDEX learning_object_language IF NOT EXISTS FOR (o:LearningObject) ON (o.language);
CREATE INDEX learning_object_content_type IF NOT EXISTS FOR (o:LearningObject) ON (o.contentType);
CREATE INDEX learning_path_hruid IF NOT EXISTS FOR (p:LearningPath) ON (p.hruid);
CREATE INDEX path_node_ref_key IF NOT EXISTS FOR (n:PathNode) ON (n.refKey);
