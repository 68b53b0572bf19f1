// The import floor: the same graph as ingest/upsert-object, written into an empty database by
// plain CREATEs from pre-parsed rows, a batch of rows per transaction.
UNWIND $rows AS row
CREATE (o:LearningObject)
SET o = row.props
SET o:$(row.searchLabels)
