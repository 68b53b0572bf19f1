// Puts an object's rendered HTML on the page, then typesets its math with KaTeX and highlights its
// code with highlight.js. The HTML comes from the server's allowlist sanitizer (LearningObject.html).
import { h } from './dom.js';

const DELIMITERS = [
  ['\\(', '\\)', false],
  ['\\[', '\\]', true],
  ['$$', '$$', true],
  ['$', '$', false],
];

export function renderContent(html) {
  const box = h('div', { class: 'content' });
  box.innerHTML = html;
  typesetMath(box);
  highlightCode(box);
  return box;
}

export function typesetMath(root) {
  if (!window.katex) return;
  for (const span of root.querySelectorAll('span.math')) {
    const source = span.textContent.trim();
    let tex = source;
    let display = span.classList.contains('display');
    for (const [open, close, block] of DELIMITERS) {
      if (source.startsWith(open) && source.endsWith(close) && source.length >= open.length + close.length) {
        tex = source.slice(open.length, source.length - close.length);
        display = display || block;
        break;
      }
    }
    try {
      window.katex.render(tex, span, { displayMode: display, throwOnError: false, trust: false });
    } catch (e) {
      span.title = String(e.message || e);
    }
  }
}

export function highlightCode(root) {
  if (!window.hljs) return;
  for (const code of root.querySelectorAll('pre code')) {
    if (![...code.classList].some((c) => c.startsWith('language-'))) {
      code.classList.add('language-plaintext');
    }
    window.hljs.highlightElement(code);
  }
}
