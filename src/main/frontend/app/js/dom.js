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

export function minutes(n) {
  return n ? `${n} min` : '';
}

export function ages(min, max) {
  if (min === null || min === undefined) return '';
  return min === max ? `age ${min}` : `ages ${min}-${max}`;
}
