// A page of objects matching the filter, ordered by key, with the total count of matches.
// $limit is first + 1: the extra row only says whether a next page exists. The matches are counted
// as node references; only the page's $limit rows after the cursor are sorted (top-k) and
// projected. Projecting and sorting every match made a deep page cost as much as the whole list.
MATCH (o:LearningObject)
  WHERE /*+ visible(o) */
  AND ($language IS NULL OR o.language = $language)
  AND ($contentType IS NULL OR o.contentType = $contentType)
  AND ($concept IS NULL OR EXISTS { (o)-[:ABOUT]->(:Concept {uri: $concept}) })
  AND ($goalKey IS NULL OR EXISTS { (o)-[:ADDRESSES]->(:Goal {key: $goalKey}) })
  AND ($targetAge IS NULL OR $targetAge IN coalesce(o.targetAges, []))
  AND ($minDifficulty IS NULL OR o.difficulty >= $minDifficulty)
  AND ($maxDifficulty IS NULL OR o.difficulty <= $maxDifficulty)
  AND ($minEstimatedTime IS NULL OR o.estimatedTime >= $minEstimatedTime)
  AND ($maxEstimatedTime IS NULL OR o.estimatedTime <= $maxEstimatedTime)
  AND ($keyword IS NULL OR any(k IN coalesce(o.keywords, []) WHERE toLower(k) = toLower($keyword)))
  AND ($teacherExclusive IS NULL OR o.teacherExclusive = $teacherExclusive)
  AND ($available IS NULL OR o.available = $available)
WITH collect(o) AS matches
RETURN size(matches) AS total,
       COLLECT {
         UNWIND matches AS x
         WITH x
           WHERE $after IS NULL OR x.key > $after
         WITH x
           ORDER BY x.key
           LIMIT $limit
         RETURN x {.*} AS item
       } AS page
