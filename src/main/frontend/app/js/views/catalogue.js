// The catalogue: paths filtered by language, age and a search term, plus the objects the term finds.
import { gql } from '../api.js';
import { ages, h, minutes, objectHref, pathHref } from '../dom.js';
import { searchResults } from './search.js';

const PATHS = `query Catalogue($filter: LearningPathFilter, $after: String) {
  learningPaths(filter: $filter, first: 24, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { key hruid language title description image minAge maxAge totalEstimatedTime } }
  }
}`;

const LANGUAGES = `{ importReport { summary { objectsByLanguage { value count } } } }`;

export async function languages() {
  try {
    const data = await gql(LANGUAGES);
    const list = (data.importReport?.summary.objectsByLanguage || []).map((c) => c.value);
    return list.length ? list.sort() : ['en', 'nl'];
  } catch {
    return ['en', 'nl'];
  }
}

export function pathCard(p) {
  return h(
    'li',
    { class: 'card path-card', 'data-key': p.key },
    p.image ? h('img', { src: p.image, alt: '', loading: 'lazy' }) : h('div', { class: 'no-image' }),
    h(
      'div',
      { class: 'card-body' },
      h('a', { href: pathHref(p.language, p.hruid), class: 'card-title' }, p.title || p.hruid),
      h('p', { class: 'meta' }, [p.language, ages(p.minAge, p.maxAge), minutes(p.totalEstimatedTime)].filter(Boolean).join(' · ')),
      p.description ? h('p', { class: 'description' }, p.description) : null,
    ),
  );
}

export async function catalogueView(ctx) {
  const q = ctx.params.get('q') || '';
  const language = ctx.params.get('language') || '';
  const age = ctx.params.get('age') || '';
  const filter = {};
  if (language) filter.language = language;
  if (age) filter.targetAge = Number(age);

  const [langs, search] = await Promise.all([languages(), q ? searchResults(q, filter) : null]);
  const base = {};
  if (language) base.language = language;
  if (age) base.targetAge = Number(age);
  const paths = search ? null : await gql(PATHS, { filter: base });

  const update = (name, value) => {
    const params = new URLSearchParams(ctx.params);
    if (value) params.set(name, value);
    else params.delete(name);
    const query = params.toString();
    ctx.navigate(query ? `/?${query}` : '/', true);
  };
  const filters = h(
    'form',
    { class: 'filters', onsubmit: (e) => e.preventDefault() },
    h('label', {}, 'Language ',
      h('select', { id: 'filter-language', onchange: (e) => update('language', e.target.value) },
        h('option', { value: '' }, 'all'),
        langs.map((l) => h('option', { value: l, selected: l === language }, l)))),
    h('label', {}, 'Age ',
      h('input', { id: 'filter-age', type: 'number', min: 0, max: 99, value: age, placeholder: 'any', onchange: (e) => update('age', e.target.value) })),
    q ? h('span', { class: 'chip' }, `search: ${q} `, h('a', { href: '/', 'aria-label': 'clear search', onclick: (e) => { e.preventDefault(); update('q', ''); } }, '×')) : null,
  );

  if (search) {
    return h('section', { class: 'catalogue' }, h('h1', {}, `Search: ${q}`), filters, search);
  }
  const conn = paths.learningPaths;
  const list = h('ul', { class: 'cards', id: 'path-list' }, conn.edges.map((e) => pathCard(e.node)));
  const more = h('p', {});
  let cursor = conn.pageInfo;
  const loadMore = async () => {
    const next = await gql(PATHS, { filter: base, after: cursor.endCursor });
    next.learningPaths.edges.forEach((e) => list.append(pathCard(e.node)));
    cursor = next.learningPaths.pageInfo;
    if (!cursor.hasNextPage) more.remove();
  };
  if (cursor.hasNextPage) more.append(h('button', { type: 'button', onclick: loadMore }, 'More paths'));
  return h(
    'section',
    { class: 'catalogue' },
    h('h1', {}, 'Learning paths'),
    filters,
    h('p', { class: 'muted', id: 'path-count' }, `${conn.totalCount} path${conn.totalCount === 1 ? '' : 's'}`),
    list,
    more,
  );
}

export function objectItem(o, extra) {
  return h(
    'li',
    { class: 'object-item' },
    h('a', { href: objectHref(o) }, o.title || o.hruid),
    h('span', { class: 'meta' }, ` ${o.language} · ${o.contentType || ''}${o.estimatedTime ? ` · ${minutes(o.estimatedTime)}` : ''}`),
    extra || null,
  );
}
