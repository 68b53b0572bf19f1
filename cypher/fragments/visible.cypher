// The one access rule for learning objects, applied by every statement that can return one:
// teacher-only objects are for teachers and admins, unavailable ones for admins.
($role IN ['TEACHER', 'ADMIN'] OR NOT coalesce(o.teacherExclusive, false))
AND ($role = 'ADMIN' OR coalesce(o.available, true))
