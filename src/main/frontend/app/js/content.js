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
  pdfFrames(box);
  return box;
}

/**
 * The sanitizer keeps `<embed type="application/pdf">` for the object's own PDFs, but the viewer's
 * content security policy has `object-src 'none'`, which blocks every embed: a PDF is shown in a
 * frame instead (`frame-src 'self'`), with a link to open it on its own.
 */
export function pdfFrames(root) {
  for (const embed of root.querySelectorAll('embed[type="application/pdf"][src]')) {
    const src = embed.getAttribute('src');
    embed.replaceWith(
      h('iframe', { src, class: 'pg-pdf-frame', title: 'PDF document', loading: 'lazy' }),
      h('p', { class: 'meta' }, h('a', { href: src, target: '_blank', rel: 'noopener' }, 'Open the PDF')),
    );
  }
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
