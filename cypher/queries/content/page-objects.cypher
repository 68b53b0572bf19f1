// A page of objects matching the filter, ordered by key, with the total count of matches.
// $limit is first + 1: the extra row only says whether a next page exists.
MATCH (o:LearningObject)
  WHERE /*+ visible(o) */
  AND /*+ filter(o) */
WITH o
  ORDER BY o.key
WITH collect(o) AS matches
RETURN size(matches) AS total,
       [x IN matches WHERE $after IS NULL OR x.key > $after | x {.*}][0..$limit] AS page
