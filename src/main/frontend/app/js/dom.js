// Tiny DOM helpers: every text goes in as text, never as HTML. Only the server's sanitized `html`
// field is inserted as markup (content.js).
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') {
      el.addEventListener(name.slice(2), value);
    } else if (name === 'class') {
      el.className = value;
    } else {
      el.setAttribute(name, value === true ? '' : String(value));
    }
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) {
      append(el, child);
    } else {
      el.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
  }
}

export function clear(el) {
  while (el.firstChild) el.removeChild(el.firstChild);
  return el;
}

export function errorBox(error) {
  return h('div', { class: 'error', role: 'alert' }, 'Could not load: ', error.message || String(error));
}

export function pathHref(language, hruid, node) {
  const base = `/paths/${encodeURIComponent(language)}/${encodeURIComponent(hruid)}`;
  return node ? `${base}?node=${encodeURIComponent(node)}` : base;
}

export function objectHref(o) {
  return `/objects/${encodeURIComponent(o.language)}/${encodeURIComponent(o.hruid)}/${o.version}`;
}

export function conceptHref(uri) {
  return `/concepts?uri=${encodeURIComponent(uri)}`;
}

/**
 * The reader's languages, most preferred first, as the primary tags the content uses ("nl-BE" is
 * "nl"): passed as `prefLabel(languages:)`, so concepts are named in the reader's language.
 */
export function userLanguages() {
  const tags = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || 'en'];
  const list = [];
  for (const tag of tags) {
    const primary = String(tag).split('-')[0].toLowerCase();
    if (primary && !list.includes(primary)) list.push(primary);
  }
  return list.length ? list : ['en'];
}

/** A concept named by its label in the reader's language, its URI on hover. */
export function conceptLink(c, attrs = {}) {
  return h('a', { href: conceptHref(c.uri), title: c.uri, ...attrs }, c.prefLabel || c.uri);
}

/**
 * A reason from the API's related lists (`concept: <uri>`, `path: <key> (1 apart)`, ...), with a
 * concept's URI replaced by its label from `labels` (uri to concept) when known.
 */
export function reasonItem(reason, labels) {
  const m = /^concept: (\S+)$/.exec(reason);
  const concept = m && labels.get(m[1]);
  return h('li', {}, concept ? ['concept: ', conceptLink(concept)] : reason);
}

/** uri to concept, over the concepts of `objects` (each with `concepts { uri prefLabel }`). */
export function conceptLabels(...lists) {
  const map = new Map();
  for (const list of lists) for (const c of list || []) map.set(c.uri, c);
  return map;
}

export function minutes(n) {
  return n ? `${n} min` : '';
}

export function ages(min, max) {
  if (min === null || min === undefined) return '';
  return min === max ? `age ${min}` : `ages ${min}-${max}`;
}
