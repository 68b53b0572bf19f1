// Progress kept in the browser: per path, the objects the learner completed. The server computes
// the figures from it (LearningPath.progress), so the viewer holds no rules of its own.
const PREFIX = 'pathgraph.progress.';

export function completed(pathKey) {
  try {
    return JSON.parse(localStorage.getItem(PREFIX + pathKey) || '[]');
  } catch {
    return [];
  }
}

function same(a, b) {
  return a.hruid === b.hruid && a.language === b.language && (a.version ?? null) === (b.version ?? null);
}

export function isDone(pathKey, ref) {
  return completed(pathKey).some((r) => same(r, ref));
}

export function setDone(pathKey, ref, done) {
  const list = completed(pathKey).filter((r) => !same(r, ref));
  if (done) list.push({ hruid: ref.hruid, language: ref.language, version: ref.version ?? null });
  localStorage.setItem(PREFIX + pathKey, JSON.stringify(list));
}

export function reset(pathKey) {
  localStorage.removeItem(PREFIX + pathKey);
}
