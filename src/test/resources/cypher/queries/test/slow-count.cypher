// Test only: a deliberately slow read (a four-way cartesian product of every node, with a filter
// the planner cannot answer from counts), to prove that a request's timeout cancels running Cypher.
MATCH (a), (b), (c), (d)
WHERE size(coalesce(a.key, '') + coalesce(b.key, '') + coalesce(c.key, '') + coalesce(d.key, '')) < 0
RETURN count(*) AS n
