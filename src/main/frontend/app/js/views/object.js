// One learning object on its own: rendered content, where it is used, its links and related objects.
import { gql } from '../api.js';
import { renderContent } from '../content.js';
import { conceptLabels, conceptLink, h, minutes, objectHref, pathHref, userLanguages } from '../dom.js';
import { related } from './path.js';

const OBJECT = `query ObjectView($hruid: String!, $language: String!, $version: Int, $languages: [String!]) {
  learningObject(hruid: $hruid, language: $language, version: $version) {
    key hruid language version title description contentType estimatedTime difficulty keywords
    targetAges teacherExclusive copyright licence html renderWarnings
    concepts { uri prefLabel(languages: $languages) }
    educationalGoals { source id }
    paths { key hruid language title }
    translations { key hruid language version title }
    versions { key hruid language version }
    linksTo { kind target resolved path { hruid language title } object { key hruid language version title } }
    linkedFrom { kind source { key hruid language version title } }
    related(first: 8) { score reasons object { key hruid language version title contentType } }
  }
}`;

function linkItem(l) {
  const label = l.path ? l.path.title || l.target : l.object ? l.object.title || l.target : l.target;
  const href = l.path ? pathHref(l.path.language, l.path.hruid) : l.object ? objectHref(l.object) : null;
  return h('li', {}, h('span', { class: 'chip' }, l.kind), ' ', href ? h('a', { href }, label) : h('span', { class: 'muted' }, `${label} (unresolved)`));
}

export async function objectView(ctx, hruid, language, version) {
  const o = (await gql(OBJECT, { hruid, language, version, languages: userLanguages() })).learningObject;
  if (!o) {
    return h('p', {}, `There is no object ${hruid} in ${language}${version ? ` version ${version}` : ''} that you may see. `, h('a', { href: '/' }, 'Back to the paths.'));
  }
  const section = (title, items, make) => (items.length ? h('section', {}, h('h3', {}, title), h('ul', {}, items.map(make))) : null);
  return h('section', { class: 'object-view' },
    h('h1', {}, o.title || o.hruid, o.teacherExclusive ? h('span', { class: 'chip teacher-chip' }, 'teacher') : null),
    h('p', { class: 'meta' }, [o.key, o.contentType, minutes(o.estimatedTime), o.targetAges.length ? `ages ${o.targetAges.join(', ')}` : '', o.licence || ''].filter(Boolean).join(' · ')),
    o.description ? h('p', {}, o.description) : null,
    h('div', { class: 'object-layout' },
      h('article', { class: 'node' }, renderContent(o.html),
        ctx.teacher && o.renderWarnings.length ? h('ul', { class: 'warnings' }, o.renderWarnings.map((w) => h('li', {}, w))) : null),
      h('aside', { class: 'sidebar' },
        section('In paths', o.paths, (p) => h('li', {}, h('a', { href: pathHref(p.language, p.hruid, o.hruid) }, p.title || p.key))),
        o.concepts.length ? h('section', {}, h('h3', {}, 'Concepts'), h('p', { class: 'object-concepts' }, o.concepts.map((c) => conceptLink(c, { class: 'chip' })))) : null,
        section('Educational goals', o.educationalGoals, (g) => h('li', {}, `${g.source} ${g.id}`)),
        o.keywords.length ? h('p', { class: 'meta' }, 'Keywords: ', o.keywords.join(', ')) : null,
        section('Translations', o.translations, (t) => h('li', {}, h('a', { href: objectHref(t) }, `${t.language}: ${t.title || t.hruid}`))),
        o.versions.length > 1 ? section('Versions', o.versions, (v) => h('li', {}, h('a', { href: objectHref(v) }, `version ${v.version}`))) : null,
        section('Links to', o.linksTo, linkItem),
        section('Linked from', o.linkedFrom, (l) => h('li', {}, h('a', { href: objectHref(l.source) }, l.source.title || l.source.key))))),
    related(o.related, conceptLabels(o.concepts)),
  );
}
