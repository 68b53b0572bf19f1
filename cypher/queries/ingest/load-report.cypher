MATCH (r:ImportReport {id: 'last'})
RETURN r.json AS json
