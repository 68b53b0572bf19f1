// A page of objects matching the filter, ordered by key, with the total count of matches.
// $limit is first + 1: the extra row only says whether a next page exists. The matches are counted
// as node references; only the page's $limit rows after the cursor are sorted (top-k) and
// projected, each as the values of $objectProperties (content/ObjectProjection). Projecting and
// sorting every match made a deep page cost as much as the whole list.
MATCH (o:LearningObject)
  WHERE /*+ visible(o) */
  AND /*+ filter(o) */
WITH collect(o) AS matches
RETURN size(matches) AS total,
       COLLECT {
         UNWIND matches AS x
         WITH x
           WHERE $after IS NULL OR x.key > $after
         WITH x
           ORDER BY x.key
           LIMIT $limit
         RETURN [name IN $objectProperties | x[name]] AS item
       } AS page
