// A path: its nodes in order with the learner's progress, the current node's rendered object,
// previous/next as the API's PathNode.previous/next decide, related objects and the path's graph.
import { gql } from '../api.js';
import { renderContent } from '../content.js';
import { diagram } from '../diagram.js';
import { ages, conceptLabels, conceptLink, h, minutes, objectHref, pathHref, reasonItem, userLanguages } from '../dom.js';
import { completed, isDone, reset, setDone } from '../progress.js';

const REF = 'ref { hruid language version key }';

const PATH = `query PathView($hruid: String!, $language: String!, $completed: [ObjectRefInput!]!, $teacher: Boolean!) {
  learningPath(hruid: $hruid, language: $language) {
    key hruid language title description image languages minAge maxAge totalEstimatedTime
    nodes { key position isStart restricted ${REF} learningObject { title estimatedTime } }
    progress(completed: $completed) {
      done total percentage estimatedTimeLeft
      nextNode { key ${REF} }
    }
    problems @include(if: $teacher) { severity code message }
  }
}`;

const NODE = `query NodeView($hruid: String!, $language: String!, $node: String!, $languages: [String!]) {
  learningPath(hruid: $hruid, language: $language) {
    node(hruid: $node) {
      key position restricted ${REF}
      previous { key ${REF} }
      next { key ${REF} learningObject { title } }
      learningObject {
        key hruid language version title description contentType estimatedTime difficulty
        teacherExclusive returnValue html renderWarnings
        concepts { uri prefLabel(languages: $languages) }
        related(first: 5) { score reasons object { key hruid language version title contentType } }
      }
    }
  }
}`;

const NEXT_WITH_ANSWER = `query NextNode($hruid: String!, $language: String!, $node: String!, $answer: JSON) {
  learningPath(hruid: $hruid, language: $language) {
    node(hruid: $node) { next(returnValue: $answer) { ${REF} } }
  }
}`;

const DIAGRAM = `query PathDiagram($hruid: String!, $language: String!) {
  learningPath(hruid: $hruid, language: $language) { diagram(format: MERMAID) }
}`;

function toInput(list) {
  return list.map((r) => ({ hruid: r.hruid, language: r.language, version: r.version ?? null }));
}

export async function pathView(ctx, hruid, language) {
  const vars = { hruid, language };
  // A path's key is hruid/language (LearningPath.key), so progress can be read before the request.
  const done = toInput(completed(`${hruid}/${language}`));
  const path = (await gql(PATH, { ...vars, completed: done, teacher: ctx.teacher })).learningPath;
  if (!path) {
    return h('p', {}, `There is no path ${hruid} in ${language}. `, h('a', { href: '/' }, 'Back to the paths.'));
  }
  const progressData = path.progress;

  // ?node= is an hruid, or the key hruid/language/version that content links carry.
  const wanted = (ctx.params.get('node') || '').split('/')[0];
  const current =
    path.nodes.find((n) => n.ref.hruid === wanted) ||
    (progressData.nextNode && path.nodes.find((n) => n.key === progressData.nextNode.key)) ||
    path.nodes[0];
  if (!current) {
    return h('section', {}, h('h1', {}, path.title || path.hruid), h('p', {}, 'This path has no nodes.'));
  }
  const nodeData = (await gql(NODE, { ...vars, node: current.ref.hruid, languages: userLanguages() })).learningPath.node;

  const go = (ref) => ctx.navigate(pathHref(language, hruid, ref.hruid));
  return h(
    'section',
    { class: 'path-view' },
    h('div', { class: 'path-head' },
      h('h1', {}, path.title || path.hruid),
      h('p', { class: 'meta' }, [path.key, ages(path.minAge, path.maxAge), minutes(path.totalEstimatedTime)].filter(Boolean).join(' · ')),
      path.description ? h('p', {}, path.description) : null,
      path.languages.length > 1
        ? h('p', { class: 'languages' }, 'Also in: ', path.languages.filter((l) => l !== language).map((l) => h('a', { href: pathHref(l, hruid) }, l, ' ')))
        : null),
    h('div', { class: 'path-layout' },
      sidebar(ctx, path, progressData, current),
      h('article', { class: 'node', id: 'node', 'data-node': current.ref.hruid, 'data-position': current.position },
        nodePanel(ctx, path, nodeData, go))),
    teacherPanel(ctx, path),
    diagramSection(ctx, vars, path),
  );
}

function sidebar(ctx, path, progress, current) {
  const list = h('ol', { class: 'node-list', id: 'node-list' },
    path.nodes.map((n) => {
      const done = isDone(path.key, n.ref);
      const title = n.learningObject ? n.learningObject.title || n.ref.hruid : n.restricted ? 'For teachers only' : `${n.ref.hruid} (missing)`;
      return h('li', { class: [n.key === current.key ? 'current' : '', done ? 'done' : '', n.learningObject ? '' : 'unavailable'].join(' ').trim() },
        h('a', { href: pathHref(path.language, path.hruid, n.ref.hruid) }, done ? '✓ ' : '', title),
        n.learningObject?.estimatedTime ? h('span', { class: 'meta' }, ` ${minutes(n.learningObject.estimatedTime)}`) : null);
    }));
  const pct = Math.round(progress.percentage);
  return h('aside', { class: 'sidebar' },
    h('div', { class: 'progress', id: 'progress' },
      h('div', { class: 'bar' }, h('span', { style: `width:${pct}%` })),
      h('p', {}, `${progress.done} of ${progress.total} done (${pct}%)`,
        progress.estimatedTimeLeft ? ` · about ${minutes(progress.estimatedTimeLeft)} left` : ''),
      progress.done
        ? h('button', { type: 'button', class: 'link', onclick: () => { reset(path.key); ctx.navigate(location.pathname + location.search, true); } }, 'Reset progress')
        : null),
    list);
}

function nodePanel(ctx, path, node, go) {
  if (!node) return h('p', {}, 'This node is gone.');
  const o = node.learningObject;
  const navigation = (top) => h('nav', { class: 'node-nav' },
    node.previous ? h('button', { type: 'button', id: top ? 'previous' : null, onclick: () => go(node.previous.ref) }, '← Previous') : h('span'),
    h('span', { class: 'meta' }, `${node.position + 1} / ${path.nodes.length}`),
    nextButton(ctx, path, node, go, top ? 'next' : null));
  const nav = navigation(true);
  if (!o) {
    return [nav, h('div', { class: 'restricted' }, node.restricted
      ? 'This part of the path is for teachers. Use teacher mode to see it.'
      : `The object ${node.ref.key} does not exist.`)];
  }
  const doneBox = h('input', { type: 'checkbox', id: 'done', checked: isDone(path.key, node.ref), onchange: (e) => { setDone(path.key, node.ref, e.target.checked); ctx.navigate(location.pathname + location.search, true); } });
  return [
    nav,
    h('h2', { class: 'object-title' }, o.title || o.hruid, o.teacherExclusive ? h('span', { class: 'chip teacher-chip' }, 'teacher') : null),
    h('p', { class: 'meta' }, [o.contentType, minutes(o.estimatedTime), o.difficulty != null ? `difficulty ${o.difficulty}` : '', h('a', { href: objectHref(o) }, o.key)].filter(Boolean).flatMap((x, i) => (i ? [' · ', x] : [x]))),
    renderContent(o.html),
    o.renderWarnings.length && ctx.teacher ? h('ul', { class: 'warnings' }, o.renderWarnings.map((w) => h('li', {}, w))) : null,
    h('p', { class: 'done-line' }, h('label', {}, doneBox, ' Done')),
    o.returnValue ? answerBox(node) : null,
    navigation(false),
    concepts(o.concepts),
    related(o.related, conceptLabels(o.concepts)),
  ];
}

function answerBox(node) {
  return h('details', { class: 'answer' },
    h('summary', {}, 'Submit an answer (conditional transitions)'),
    h('p', { class: 'muted' }, 'What the object returns, as JSON. Next evaluates the path\'s transition conditions on it.'),
    h('textarea', { id: 'answer', rows: 3, spellcheck: 'false', placeholder: '{"score": 7}' }));
}

function nextButton(ctx, path, node, go, id) {
  const label = node.next ? 'Next →' : 'Finish';
  return h('button', {
    type: 'button',
    id,
    class: 'primary',
    onclick: async () => {
      if (node.learningObject) setDone(path.key, node.ref, true);
      const answer = document.getElementById('answer')?.value.trim();
      if (answer) {
        let parsed;
        try {
          parsed = JSON.parse(answer);
        } catch {
          alert('The answer is not valid JSON.');
          return;
        }
        const data = await gql(NEXT_WITH_ANSWER, { hruid: path.hruid, language: path.language, node: node.ref.hruid, answer: parsed });
        const next = data.learningPath.node.next;
        if (next) return go(next.ref);
      } else if (node.next) {
        return go(node.next.ref);
      }
      ctx.navigate(location.pathname + location.search, true);
    },
  }, label);
}

function concepts(list) {
  if (!list.length) return null;
  return h('section', { class: 'concepts' }, h('h3', {}, 'Concepts'),
    h('p', {}, list.map((c) => conceptLink(c, { class: 'chip' }))));
}

/** Related objects; `labels` (uri to concept) names the concepts in the reasons. */
export function related(list, labels = new Map()) {
  if (!list.length) return null;
  return h('section', { class: 'related', id: 'related' }, h('h3', {}, 'Related'),
    h('ul', {}, list.map((r) => h('li', {},
      h('a', { href: objectHref(r.object) }, r.object.title || r.object.hruid),
      h('span', { class: 'meta' }, ` score ${r.score.toFixed(2)}`),
      h('ul', { class: 'reasons' }, r.reasons.map((reason) => reasonItem(reason, labels)))))));
}

function teacherPanel(ctx, path) {
  if (!ctx.teacher || !path.problems) return null;
  return h('section', { class: 'teacher-panel' }, h('h3', {}, 'Structure problems'),
    path.problems.length
      ? h('ul', {}, path.problems.map((p) => h('li', {}, `${p.severity} ${p.code}: ${p.message}`)))
      : h('p', { class: 'muted' }, 'None.'));
}

function diagramSection(ctx, vars, path) {
  const details = h('details', { class: 'path-diagram', id: 'path-diagram' }, h('summary', {}, 'The path as a graph'));
  details.addEventListener('toggle', async () => {
    if (!details.open || details.dataset.drawn) return;
    details.dataset.drawn = 'true';
    const data = await gql(DIAGRAM, vars);
    details.append(diagram(data.learningPath.diagram, (label) => {
      const position = Number((/^(\d+)\./.exec(label) || [])[1]);
      const node = path.nodes.find((n) => n.position === position);
      if (node) ctx.navigate(pathHref(path.language, path.hruid, node.ref.hruid));
    }));
  }, { once: false });
  return details;
}
