// The read-only Blockly viewer that `blockly` objects frame (pathgraph.render.blockly-viewer-url).
// It shows one program: the XML file named by ?src=, which must be one of this server's content
// files (/assets/...), or the XML an object wrote inline, passed as #xml= (a fragment never
// reaches a server). Nothing else is ever fetched. Blocks of a type Blockly does not ship (Dwengo's
// Arduino blocks, say) are drawn as grey placeholders labelled with their type, so a program always
// shows its shape and never an error page.
(function main() {
  'use strict';

  const MAX_BYTES = 2 * 1024 * 1024;
  const TOKEN_KEY = 'pathgraph.token';
  const PLACEHOLDER_COLOUR = '#8a8a8a';
  const MIN_FIT_SCALE = 0.6;
  const status = document.getElementById('status');

  function finish(state, message) {
    document.body.dataset.state = state;
    status.textContent = message || '';
  }

  /** A failure whose message is meant for the reader (the rest stays in the console). */
  class Shown extends Error {
    constructor(message, state = 'failed') {
      super(message);
      this.state = state;
    }
  }

  /** The same-origin /assets/ URL that `src` names, or null. */
  function assetUrl(src) {
    let url;
    try {
      url = new URL(src, location.origin);
    } catch {
      return null;
    }
    // The URL parser has already resolved `..`, `%2e%2e`, backslashes and `//host`.
    if (url.origin !== location.origin || !url.pathname.startsWith('/assets/')) return null;
    return url;
  }

  async function programText() {
    const params = new URLSearchParams(location.search);
    if (params.has('src')) {
      const url = assetUrl(params.get('src'));
      if (!url) {
        throw new Shown('This viewer shows only programs stored on this server (/assets/...): the address it was given is not one.', 'refused');
      }
      const headers = { Accept: 'application/xml, text/xml, */*;q=0.1' };
      // Teacher mode's token (the viewer's, same origin): a teacher-only object's file needs it.
      const token = localStorage.getItem(TOKEN_KEY);
      if (token) headers.Authorization = `Bearer ${token}`;
      const response = await fetch(url, { headers, credentials: 'omit', redirect: 'error' });
      if (!response.ok) {
        throw new Shown(response.status === 404 ? 'The program file was not found.' : `The program could not be loaded (HTTP ${response.status}).`);
      }
      const text = await response.text();
      if (text.length > MAX_BYTES) throw new Shown('The program file is too large to show.');
      return text;
    }
    const fragment = new URLSearchParams(location.hash.slice(1));
    if (fragment.has('xml')) {
      const text = fragment.get('xml');
      if (text.length > MAX_BYTES) throw new Shown('The program is too large to show.');
      return text;
    }
    throw new Shown('No program given.');
  }

  function parse(text) {
    const doc = new DOMParser().parseFromString(text, 'text/xml');
    const root = doc.documentElement;
    if (!root || root.localName === 'parsererror' || doc.getElementsByTagName('parsererror').length) {
      throw new Shown('The program is not well-formed XML.');
    }
    if (root.localName !== 'xml') throw new Shown('The file is not a Blockly program.');
    return root;
  }

  /**
   * Defines a placeholder type for every block type in `root` that Blockly does not know, shaped
   * by how the program uses it: its fields (shown as labels with their values), value and statement
   * inputs, and an output when it sits in a value input, else previous and next connections (a
   * type used both ways gets one placeholder for each). Placeholder types have names of their own,
   * so a type name in the XML never becomes a property name of Blockly's.
   */
  function definePlaceholders(root) {
    const shapes = new Map();
    const blocks = [...root.getElementsByTagName('*')].filter((el) => el.localName === 'block' || el.localName === 'shadow');
    const unknown = blocks.filter((el) => !Object.prototype.hasOwnProperty.call(Blockly.Blocks, el.getAttribute('type') || ''));
    const asValue = (el) => el.parentElement && el.parentElement.localName === 'value';
    const types = new Map();
    for (const el of unknown) {
      const label = el.getAttribute('type') || '(no type)';
      const output = asValue(el);
      const key = JSON.stringify([label, output]);
      if (!types.has(key)) {
        const type = `pathgraph_placeholder_${types.size + 1}`;
        types.set(key, type);
        shapes.set(type, { label, output, inputs: [], names: new Set() });
      }
      const type = types.get(key);
      el.setAttribute('type', type);
      const shape = shapes.get(type);
      for (const child of el.children) {
        const name = child.getAttribute('name');
        const kind = child.localName;
        if (!name || !['field', 'value', 'statement'].includes(kind) || shape.names.has(`${kind}:${name}`)) continue;
        shape.names.add(`${kind}:${name}`);
        shape.inputs.push({ kind, name });
      }
    }
    for (const [type, shape] of shapes) {
      Blockly.Blocks[type] = {
        init() {
          this.appendDummyInput('PG_TYPE').appendField(`? ${shape.label}`);
          for (const input of shape.inputs) {
            if (input.kind === 'field') {
              this.appendDummyInput().appendField(`${input.name}:`).appendField(new Blockly.FieldLabelSerializable(''), input.name);
            } else if (input.kind === 'value') {
              this.appendValueInput(input.name).appendField(input.name);
            } else {
              this.appendStatementInput(input.name).appendField(input.name);
            }
          }
          if (shape.output) {
            this.setOutput(true);
          } else {
            this.setPreviousStatement(true);
            this.setNextStatement(true);
          }
          this.setColour(PLACEHOLDER_COLOUR);
          this.setTooltip(`A block this viewer does not know: ${shape.label}`);
        },
      };
    }
    return new Set([...shapes.values()].map((x) => x.label)).size;
  }

  function inject() {
    return Blockly.inject(document.getElementById('workspace'), {
      readOnly: true,
      media: '/vendor/blockly/media/',
      sounds: false,
      trashcan: false,
      scrollbars: true,
      move: { scrollbars: true, drag: true, wheel: false },
      zoom: { controls: true, wheel: true, startScale: 0.8, maxScale: 2, minScale: 0.2 },
    });
  }

  /** Loads the whole program, or, when that fails, each top-level block on its own. */
  function load(root, workspace) {
    try {
      Blockly.Xml.domToWorkspace(root, workspace);
      return 0;
    } catch (e) {
      console.warn('Blockly viewer: loading block by block', e);
      workspace.clear();
    }
    let failed = 0;
    for (const el of root.children) {
      try {
        if (el.localName === 'variables') Blockly.Xml.domToVariables(el, workspace);
        else if (el.localName === 'block' || el.localName === 'shadow') {
          const block = Blockly.Xml.domToBlock(el, workspace);
          const x = Number(el.getAttribute('x'));
          const y = Number(el.getAttribute('y'));
          if (Number.isFinite(x) && Number.isFinite(y)) block.moveBy(x, y);
        }
      } catch (e) {
        failed++;
        console.warn('Blockly viewer: a block could not be shown', e);
      }
    }
    return failed;
  }

  /**
   * The whole program when it fits at a readable scale; a long one (a LED matrix block has a field
   * per row) from its top left at the smallest readable scale, to be scrolled.
   */
  function fit(workspace) {
    workspace.zoomToFit();
    if (workspace.scale > 1) workspace.setScale(1);
    if (workspace.scale >= MIN_FIT_SCALE) {
      workspace.scrollCenter();
      return;
    }
    workspace.setScale(MIN_FIT_SCALE);
    const content = workspace.getMetricsManager().getContentMetrics();
    workspace.scroll(-content.left + 16, -content.top + 16);
  }

  async function run() {
    if (!window.Blockly) throw new Shown('The Blockly viewer did not load.');
    const root = parse(await programText());
    const placeholders = definePlaceholders(root);
    const workspace = inject();
    const failed = load(root, workspace);
    const count = workspace.getAllBlocks(false).length;
    document.body.dataset.blocks = String(count);
    document.body.dataset.placeholders = String(placeholders);
    if (count) fit(workspace);
    const notes = [];
    if (!count) notes.push('The program has no blocks.');
    if (placeholders) notes.push('Grey blocks are of a kind this viewer does not know.');
    if (failed) notes.push(`${failed} block${failed > 1 ? 's' : ''} could not be shown.`);
    finish('ready', notes.join(' '));
  }

  run().catch((e) => {
    if (e instanceof Shown) {
      finish(e.state, e.message);
    } else {
      console.error('Blockly viewer:', e);
      finish('failed', 'The program could not be shown.');
    }
  });
})();
