MATCH (l:ImportLock {id: 'import', holder: $holder})
DELETE l
