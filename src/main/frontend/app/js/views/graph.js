// The graph of paths linked by their content, per language (Query.pathGraph as Mermaid).
import { gql } from '../api.js';
import { diagram } from '../diagram.js';
import { h, pathHref } from '../dom.js';
import { languages } from './catalogue.js';

export async function graphView(ctx) {
  const langs = await languages();
  const language = ctx.params.get('language') || langs[0];
  const data = await gql('query LinkedPaths($language: String!) { pathGraph(language: $language, format: MERMAID) }', { language });
  const select = h('select', { id: 'graph-language', onchange: (e) => ctx.navigate(`/graph?language=${encodeURIComponent(e.target.value)}`, true) },
    langs.map((l) => h('option', { value: l, selected: l === language }, l)));
  const empty = data.pathGraph.trim().split('\n').length <= 1;
  return h('section', { class: 'graph-view' },
    h('h1', {}, 'Linked paths'),
    h('p', {}, 'An arrow from path A to path B: an object shown in A links to B. Language ', select),
    empty
      ? h('p', { class: 'muted' }, 'No path in this language links to another.')
      : diagram(data.pathGraph, (label) => {
          // Node labels end in "(hruid/language)", the path's key.
          const m = /\(([^()/]+)\/([^()/]+)\)\s*$/.exec(label);
          if (m) ctx.navigate(pathHref(m[2], m[1]));
        }));
}
