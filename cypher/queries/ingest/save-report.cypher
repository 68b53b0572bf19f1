// The last import's report, kept in the graph so every server instance answers the same.
MERGE (r:ImportReport {id: 'last'})
SET r.json = $json, r.finishedAt = datetime($finishedAt)
