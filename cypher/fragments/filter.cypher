// The conditions of a LearningObjectFilter on object `o`, one parameter per filter field (null:
// no condition), as content/ObjectFilter.parameters makes them. Shared by every statement that
// takes a LearningObjectFilter, so a filter means the same everywhere.
($language IS NULL OR o.language = $language)
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
