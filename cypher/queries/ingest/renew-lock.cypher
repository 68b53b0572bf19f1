// Extends the lease of a holder that is still alive; no row when the lock is no longer its own.
MATCH (l:ImportLock {id: 'import', holder: $holder})
SET l.expiresAt = datetime() + duration($lease)
RETURN l.holder AS holder
