// One page of visible objects per request, for concepts and goals alike (fragments/pageof): every
// parent of a request level in one round trip, each page shipping the properties its request
// selects.
UNWIND $requests AS r
WITH r, /*+ pageof(r) */ AS p
RETURN r.id AS id, p.total AS total, p.page AS page
