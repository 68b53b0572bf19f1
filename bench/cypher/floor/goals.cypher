UNWIND $goals AS goal
CREATE (:Goal {key: goal.key, source: goal.source, id: goal.id})
