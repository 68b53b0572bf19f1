// The concept browser: the concepts objects are about, and the objects and paths under one concept.
import { gql } from '../api.js';
import { conceptHref, h, pathHref } from '../dom.js';
import { objectItem } from './catalogue.js';

const CONCEPTS = `query Concepts($after: String) {
  concepts(first: 100, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { uri prefLabel } }
  }
}`;

const CONCEPT = `query ConceptView($uri: String!) {
  concept(uri: $uri) {
    uri prefLabel
    learningObjects(first: 100) { totalCount edges { node { key hruid language version title contentType estimatedTime } } }
  }
  learningPaths(filter: { concept: $uri }, first: 50) { totalCount edges { node { key hruid language title } } }
}`;

export async function conceptsView(ctx) {
  const uri = ctx.params.get('uri');
  return uri ? conceptDetail(uri) : conceptList();
}

async function conceptList() {
  const items = [];
  let after = null;
  let total = 0;
  // Concepts are few (tens to hundreds); read them all so the list can be filtered in place.
  for (let page = 0; page < 20; page++) {
    const data = await gql(CONCEPTS, { after });
    total = data.concepts.totalCount;
    items.push(...data.concepts.edges.map((e) => e.node));
    if (!data.concepts.pageInfo.hasNextPage) break;
    after = data.concepts.pageInfo.endCursor;
  }
  const list = h('ul', { class: 'concept-list', id: 'concept-list' },
    items.map((c) => h('li', { 'data-text': `${c.prefLabel} ${c.uri}`.toLowerCase() }, h('a', { href: conceptHref(c.uri) }, c.prefLabel), h('span', { class: 'meta' }, ` ${c.uri}`))));
  const filter = h('input', {
    type: 'search', placeholder: 'Filter concepts', 'aria-label': 'Filter concepts',
    oninput: (e) => {
      const term = e.target.value.toLowerCase();
      for (const li of list.children) li.hidden = !li.dataset.text.includes(term);
    },
  });
  return h('section', { class: 'concepts-view' }, h('h1', {}, 'Concepts'), h('p', { class: 'muted' }, `${total} concepts`), filter, list);
}

async function conceptDetail(uri) {
  const data = await gql(CONCEPT, { uri });
  const c = data.concept;
  if (!c) return h('p', {}, `No concept ${uri}. `, h('a', { href: '/concepts' }, 'All concepts.'));
  return h('section', { class: 'concept-view' },
    h('p', {}, h('a', { href: '/concepts' }, '← All concepts')),
    h('h1', {}, c.prefLabel),
    h('p', { class: 'meta' }, c.uri),
    h('h2', {}, `Paths (${data.learningPaths.totalCount})`),
    h('ul', {}, data.learningPaths.edges.map((e) => h('li', {}, h('a', { href: pathHref(e.node.language, e.node.hruid) }, e.node.title || e.node.key), h('span', { class: 'meta' }, ` ${e.node.language}`)))),
    h('h2', {}, `Learning objects (${c.learningObjects.totalCount})`),
    h('ul', { class: 'objects', id: 'concept-objects' }, c.learningObjects.edges.map((e) => objectItem(e.node))));
}
