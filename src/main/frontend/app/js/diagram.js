// Draws the API's Mermaid text. mermaid.min.js (5 MB) is loaded on the first diagram only.
import { h } from './dom.js';

let loading = null;
let counter = 0;

function loadMermaid() {
  if (!loading) {
    loading = new Promise((resolve, reject) => {
      const script = document.createElement('script');
      script.src = '/vendor/mermaid/mermaid.min.js';
      script.onload = () => {
        window.mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', theme: 'neutral', flowchart: { htmlLabels: false } });
        resolve(window.mermaid);
      };
      script.onerror = () => reject(new Error('could not load mermaid'));
      document.head.append(script);
    });
  }
  return loading;
}

/**
 * A figure with the diagram drawn from `source`; `onNode(label)` is called with a node's text when
 * it is clicked, so the caller can navigate.
 */
export function diagram(source, onNode) {
  const figure = h('figure', { class: 'diagram' }, h('p', { class: 'muted' }, 'Drawing...'));
  const text = h('details', { class: 'diagram-source' }, h('summary', {}, 'Mermaid source'), h('pre', {}, h('code', {}, source)));
  loadMermaid()
    .then((mermaid) => mermaid.render(`pg-diagram-${++counter}`, source))
    .then(({ svg }) => {
      figure.innerHTML = svg;
      if (onNode) {
        for (const node of figure.querySelectorAll('g.node')) {
          node.style.cursor = 'pointer';
          node.addEventListener('click', () => onNode(node.textContent.trim()));
        }
      }
      figure.append(text);
    })
    .catch((e) => {
      figure.replaceChildren(h('div', { class: 'error' }, `Could not draw the diagram: ${e.message || e}`), text);
    });
  return figure;
}
