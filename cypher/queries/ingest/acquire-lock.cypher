// One import at a time across every server sharing the database. The lease expires, so a holder
// that died does not block imports forever. MERGE on the unique id serialises contenders.
MERGE (l:ImportLock {id: 'import'})
WITH l, (l.holder IS NULL OR l.expiresAt < datetime()) AS free
SET l.holder = CASE WHEN free THEN $holder ELSE l.holder END,
    l.expiresAt = CASE WHEN free OR l.holder = $holder THEN datetime() + duration($lease) ELSE l.expiresAt END
RETURN l.holder = $holder AS acquired, l.holder AS holder
