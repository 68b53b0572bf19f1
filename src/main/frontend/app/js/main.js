// The viewer's shell: a small history-API router over the URLs the server forwards to index.html
// (the same URLs the renderer writes into content links: /paths/..., /objects/...).
import { setToken, token } from './api.js';
import { clear, errorBox, h } from './dom.js';
import { catalogueView } from './views/catalogue.js';
import { conceptsView } from './views/concepts.js';
import { graphView } from './views/graph.js';
import { objectView } from './views/object.js';
import { pathView } from './views/path.js';

const view = document.getElementById('view');

const routes = [
  [/^\/$/, () => catalogueView],
  [/^\/paths\/([^/]+)\/([^/]+)\/?$/, (m) => (ctx) => pathView(ctx, decodeURIComponent(m[2]), decodeURIComponent(m[1]))],
  [/^\/objects\/([^/]+)\/([^/]+)(?:\/(\d+))?\/?$/, (m) => (ctx) => objectView(ctx, decodeURIComponent(m[2]), decodeURIComponent(m[1]), m[3] ? Number(m[3]) : null)],
  [/^\/concepts\/?$/, () => conceptsView],
  [/^\/graph\/?$/, () => graphView],
];

let renderId = 0;

async function render() {
  const id = ++renderId;
  const url = new URL(location.href);
  const route = routes.map(([re, make]) => [re.exec(url.pathname), make]).find(([m]) => m);
  document.querySelectorAll('[data-nav]').forEach((a) => a.classList.remove('active'));
  const section = url.pathname === '/' || url.pathname.startsWith('/paths') ? 'catalogue' : url.pathname.split('/')[1];
  document.querySelector(`[data-nav="${section}"]`)?.classList.add('active');
  document.getElementById('search-input').value = url.pathname === '/' ? url.searchParams.get('q') || '' : '';
  const ctx = {
    params: url.searchParams,
    navigate,
    teacher: Boolean(token()),
    stale: () => id !== renderId,
  };
  delete view.dataset.ready;
  clear(view).append(h('p', { class: 'muted' }, 'Loading...'));
  try {
    const content = route ? await route[1](route[0])(ctx) : h('p', {}, 'No such page. ', h('a', { href: '/' }, 'Back to the paths.'));
    if (id === renderId) {
      clear(view).append(content);
      view.dataset.ready = url.pathname + url.search;
      window.scrollTo(0, 0);
    }
  } catch (e) {
    if (id === renderId) {
      clear(view).append(errorBox(e));
      view.dataset.ready = url.pathname + url.search;
    }
  }
}

export function navigate(href, replace = false) {
  if (replace) history.replaceState(null, '', href);
  else history.pushState(null, '', href);
  render();
}

// Same-origin links to viewer pages stay in the app; assets, GraphiQL and the API load normally.
document.addEventListener('click', (event) => {
  const a = event.target.closest('a[href]');
  if (!a || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
  if (a.hasAttribute('data-external') || a.target === '_blank') return;
  const url = new URL(a.href, location.href);
  if (url.origin !== location.origin) return;
  if (!routes.some(([re]) => re.test(url.pathname))) return;
  event.preventDefault();
  navigate(url.pathname + url.search + url.hash);
});

window.addEventListener('popstate', render);

document.getElementById('search-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const q = document.getElementById('search-input').value.trim();
  const params = new URLSearchParams(location.pathname === '/' ? location.search : '');
  if (q) params.set('q', q);
  else params.delete('q');
  const query = params.toString();
  navigate(query ? `/?${query}` : '/');
});

// Teacher mode: a pasted bearer token is sent with every request until it is cleared.
const dialog = document.getElementById('teacher-dialog');
const button = document.getElementById('teacher-button');
function showMode() {
  button.textContent = token() ? 'Teacher mode: on' : 'Teacher mode';
  button.classList.toggle('on', Boolean(token()));
  document.body.classList.toggle('teacher', Boolean(token()));
}
button.addEventListener('click', () => {
  document.getElementById('teacher-token').value = token();
  dialog.showModal();
});
dialog.addEventListener('close', () => {
  if (dialog.returnValue === 'save') setToken(document.getElementById('teacher-token').value.trim());
  if (dialog.returnValue === 'clear') setToken('');
  if (dialog.returnValue === 'save' || dialog.returnValue === 'clear') {
    showMode();
    render();
  }
});

showMode();
render();
