MATCH (g:Goal {key: $key})
RETURN g {.*} AS g
