// Search results: paths and objects matching a term, with the catalogue's language and age filter.
// With the server's full-text search (Query.search, searchPaths) hits come best first with
// snippets; a server without it gets the term matched as a keyword (for paths, also a title word).
import { gql, hasField } from '../api.js';
import { h } from '../dom.js';
import { objectItem, pathCard } from './catalogue.js';

const FULL_TEXT = `query Search($q: String!, $language: String, $filter: LearningObjectFilter) {
  searchPaths(query: $q, language: $language, first: 24) {
    totalCount
    edges { snippet node { key hruid language title description image minAge maxAge totalEstimatedTime } }
  }
  search(query: $q, language: $language, filter: $filter, first: 50) {
    totalCount
    edges { score snippet node { key hruid language version title contentType estimatedTime } }
  }
}`;

/** A server-made snippet: HTML whose only markup is <mark> around matched words, the rest escaped. */
function snippet(html) {
  if (!html) return null;
  const p = h('p', { class: 'snippet' });
  p.innerHTML = html;
  for (const el of p.querySelectorAll('*:not(mark)')) el.replaceWith(document.createTextNode(el.textContent));
  return p;
}

async function fullText(q, filter) {
  const objectFilter = filter.targetAge !== undefined ? { targetAge: filter.targetAge } : null;
  const data = await gql(FULL_TEXT, { q, language: filter.language || null, filter: objectFilter });
  // searchPaths has no age filter: keep the paths whose age range holds the age asked for.
  const paths = data.searchPaths.edges.filter(
    (e) => filter.targetAge === undefined || (e.node.minAge !== null && e.node.minAge <= filter.targetAge && filter.targetAge <= e.node.maxAge),
  );
  return {
    paths: { totalCount: filter.targetAge === undefined ? data.searchPaths.totalCount : paths.length, edges: paths },
    objects: data.search,
  };
}

const BY_KEYWORD = `query SearchByKeyword($paths: LearningPathFilter, $objects: LearningObjectFilter) {
  learningPaths(filter: $paths, first: 50) {
    totalCount
    edges { node { key hruid language title description image minAge maxAge totalEstimatedTime } }
  }
  learningObjects(filter: $objects, first: 50) {
    totalCount
    edges { node { key hruid language version title contentType estimatedTime } }
  }
}`;

async function byKeyword(q, filter) {
  const objects = { keyword: q };
  if (filter.language) objects.language = filter.language;
  if (filter.targetAge !== undefined) objects.targetAge = filter.targetAge;
  const data = await gql(BY_KEYWORD, { paths: { ...filter, keyword: q }, objects });
  return { paths: data.learningPaths, objects: data.learningObjects };
}

export async function searchResults(q, filter) {
  const full = (await hasField('Query', 'search')) && (await hasField('Query', 'searchPaths'));
  const { paths, objects: objs } = full ? await fullText(q, filter) : await byKeyword(q, filter);
  return h(
    'div',
    { class: 'search-results', id: 'search-results' },
    h('h2', {}, `Paths (${paths.totalCount})`),
    paths.edges.length ? h('ul', { class: 'cards' }, paths.edges.map((e) => pathCard(e.node))) : h('p', { class: 'muted' }, 'No path matches.'),
    h('h2', {}, `Learning objects (${objs.totalCount})`),
    objs.edges.length
      ? h('ul', { class: 'objects' }, objs.edges.map((e) => objectItem(e.node, snippet(e.snippet))))
      : h('p', { class: 'muted' }, 'No object matches.'),
    h('p', { class: 'muted' }, full ? 'Full-text search, best first.' : 'Matched as a keyword or a title word.'),
  );
}
