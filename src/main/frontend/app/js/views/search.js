// Search results: paths and objects matching a term, with the catalogue's language and age filter.
// Until the server has a search field, a term is matched as a keyword (and, for paths, a title word).
import { gql } from '../api.js';
import { h } from '../dom.js';
import { objectItem, pathCard } from './catalogue.js';

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

export async function searchResults(q, filter) {
  const objects = { keyword: q };
  if (filter.language) objects.language = filter.language;
  if (filter.targetAge !== undefined) objects.targetAge = filter.targetAge;
  const data = await gql(BY_KEYWORD, { paths: { ...filter, keyword: q }, objects });
  const paths = data.learningPaths;
  const objs = data.learningObjects;
  return h(
    'div',
    { class: 'search-results', id: 'search-results' },
    h('h2', {}, `Paths (${paths.totalCount})`),
    paths.edges.length ? h('ul', { class: 'cards' }, paths.edges.map((e) => pathCard(e.node))) : h('p', { class: 'muted' }, 'No path matches.'),
    h('h2', {}, `Learning objects (${objs.totalCount})`),
    objs.edges.length ? h('ul', { class: 'objects' }, objs.edges.map((e) => objectItem(e.node))) : h('p', { class: 'muted' }, 'No object matches.'),
  );
}
