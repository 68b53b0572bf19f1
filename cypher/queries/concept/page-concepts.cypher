MATCH (c:Concept)
WITH c
  ORDER BY c.uri
WITH collect(c) AS matches
RETURN size(matches) AS total,
       [x IN matches WHERE $after IS NULL OR x.uri > $after | x {.*}][0..$limit] AS page
