// The concept browser: the vocabularies' hierarchy (schemes, top concepts, narrower ones) when the
// server has it, every concept objects are about, and the objects and paths under one concept.
import { gql, hasField } from '../api.js';
import { conceptLink, h, pathHref, userLanguages } from '../dom.js';
import { objectItem } from './catalogue.js';

const CONCEPTS = `query Concepts($after: String, $languages: [String!]) {
  concepts(first: 100, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { uri prefLabel(languages: $languages) } }
  }
}`;

const CONCEPT = `query ConceptView($uri: String!, $languages: [String!]) {
  concept(uri: $uri) {
    uri prefLabel(languages: $languages)
    learningObjects(first: 100) { totalCount edges { node { key hruid language version title contentType estimatedTime } } }
  }
  learningPaths(filter: { concept: $uri }, first: 50) { totalCount edges { node { key hruid language title } } }
}`;

const SCHEMES = `query Schemes($languages: [String!]) {
  conceptSchemes { uri title(languages: $languages) topConcepts { uri prefLabel(languages: $languages) narrower { uri } } }
}`;
const NARROWER = `query Narrower($uri: String!, $languages: [String!]) {
  concept(uri: $uri) { narrower { uri prefLabel(languages: $languages) narrower { uri } } }
}`;
const RELATIONS = `query Relations($uri: String!, $languages: [String!]) {
  concept(uri: $uri) {
    notation
    broader { uri prefLabel(languages: $languages) }
    narrower { uri prefLabel(languages: $languages) }
    related { uri prefLabel(languages: $languages) }
    learningPaths(first: 50) { totalCount edges { node { key hruid language title } } }
  }
}`;

export async function conceptsView(ctx) {
  const uri = ctx.params.get('uri');
  if (uri) return conceptDetail(uri);
  const hierarchy = (await hasField('Query', 'conceptSchemes')) ? await schemes() : null;
  const list = await conceptList();
  return h('section', { class: 'concepts-view' }, h('h1', {}, 'Concepts'), hierarchy, list);
}

/** One concept in the tree: its narrower concepts are read when it is opened. */
function treeItem(c) {
  const link = conceptLink(c);
  if (!c.narrower || !c.narrower.length) return h('li', { class: 'leaf' }, link);
  const children = h('ul', {});
  const details = h('details', {}, h('summary', {}, link, h('span', { class: 'meta' }, ` (${c.narrower.length})`)), children);
  details.addEventListener('toggle', async () => {
    if (!details.open || details.dataset.loaded) return;
    details.dataset.loaded = 'true';
    const data = await gql(NARROWER, { uri: c.uri, languages: userLanguages() });
    children.append(...data.concept.narrower.map(treeItem));
  });
  return h('li', {}, details);
}

async function schemes() {
  const data = await gql(SCHEMES, { languages: userLanguages() });
  if (!data.conceptSchemes.length) return null;
  return h('div', { class: 'concept-tree', id: 'concept-tree' },
    data.conceptSchemes.map((s) => h('section', {}, h('h2', {}, s.title), h('ul', {}, s.topConcepts.map(treeItem)))));
}

async function conceptList() {
  const items = [];
  let after = null;
  let total = 0;
  // Concepts are few (tens to hundreds); read them all so the list can be filtered in place.
  for (let page = 0; page < 20; page++) {
    const data = await gql(CONCEPTS, { after, languages: userLanguages() });
    total = data.concepts.totalCount;
    items.push(...data.concepts.edges.map((e) => e.node));
    if (!data.concepts.pageInfo.hasNextPage) break;
    after = data.concepts.pageInfo.endCursor;
  }
  const list = h('ul', { class: 'concept-list', id: 'concept-list' },
    // Named by label, the URI on hover; the filter matches either.
    items.map((c) => h('li', { 'data-text': `${c.prefLabel} ${c.uri}`.toLowerCase() }, conceptLink(c))));
  const filter = h('input', {
    type: 'search', placeholder: 'Filter concepts', 'aria-label': 'Filter concepts',
    oninput: (e) => {
      const term = e.target.value.toLowerCase();
      for (const li of list.children) li.hidden = !li.dataset.text.includes(term);
    },
  });
  return h('section', { class: 'concept-all' }, h('h2', {}, 'All concepts'), h('p', { class: 'muted' }, `${total} concepts`), filter, list);
}

function chips(title, list) {
  if (!list || !list.length) return null;
  return h('p', {}, `${title}: `, list.map((c) => conceptLink(c, { class: 'chip' })));
}

async function conceptDetail(uri) {
  const [data, relations] = await Promise.all([
    gql(CONCEPT, { uri, languages: userLanguages() }),
    hasField('Concept', 'narrower').then((has) => (has ? gql(RELATIONS, { uri, languages: userLanguages() }).then((d) => d.concept) : null)),
  ]);
  const c = data.concept;
  if (!c) return h('p', {}, `No concept ${uri}. `, h('a', { href: '/concepts' }, 'All concepts.'));
  // With the hierarchy, a concept's paths include those through narrower concepts.
  const paths = relations?.learningPaths || data.learningPaths;
  return h('section', { class: 'concept-view' },
    h('p', {}, h('a', { href: '/concepts' }, '← All concepts')),
    h('h1', { title: c.uri }, c.prefLabel),
    h('p', { class: 'meta' }, c.uri, relations?.notation ? ` · ${relations.notation}` : ''),
    chips('Broader', relations?.broader),
    chips('Narrower', relations?.narrower),
    chips('Related', relations?.related),
    h('h2', {}, `Paths (${paths.totalCount})`),
    h('ul', {}, paths.edges.map((e) => h('li', {}, h('a', { href: pathHref(e.node.language, e.node.hruid) }, e.node.title || e.node.key), h('span', { class: 'meta' }, ` ${e.node.language}`)))),
    h('h2', {}, `Learning objects (${c.learningObjects.totalCount})`),
    h('ul', { class: 'objects', id: 'concept-objects' }, c.learningObjects.edges.map((e) => objectItem(e.node))));
}
