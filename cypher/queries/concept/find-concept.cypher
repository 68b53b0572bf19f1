MATCH (c:Concept {uri: $uri})
RETURN c {.*} AS c
