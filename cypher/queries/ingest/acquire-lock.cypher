// One import at a time across every server sharing the database. MERGE on the unique id serialises
// the creation; writing the node before reading it takes its exclusive lock, so two contenders for
// an existing lock cannot both see it free. It is free when nobody holds it, when the holder's
// lease ran out (a holder renews it while alive), or when the caller found the holder dead
// ($dead, checked by the caller on the holder's host) and it is still that holder.
MERGE (l:ImportLock {id: 'import'})
SET l.id = 'import'
WITH l
WITH l, (l.holder IS NULL OR l.expiresAt < datetime() OR coalesce(l.holder = $dead, false)) AS free
SET l.holder = CASE WHEN free THEN $holder ELSE l.holder END,
    l.expiresAt = CASE WHEN free OR l.holder = $holder THEN datetime() + duration($lease) ELSE l.expiresAt END
RETURN l.holder = $holder AS acquired, l.holder AS holder, toString(l.expiresAt) AS expiresAt
