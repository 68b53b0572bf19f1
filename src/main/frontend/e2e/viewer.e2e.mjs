// End-to-end test of the viewer and GraphiQL in Debian's headless Chromium, driven by playwright-core
// (which never downloads a browser). Run against a started server:
//   PATHGRAPH_URL=http://127.0.0.1:8080 PATHGRAPH_E2E_CONTENT=sample|demo node e2e/viewer.e2e.mjs
// "sample" expects the server to have imported Dwengo's sample (kiks3_dl_basis), "demo" the bundled
// demo content. PATHGRAPH_E2E_JWT_SECRET is the server's pathgraph.security.jwt.secret: the test
// signs a teacher's token with it for teacher mode. Screenshots go to PATHGRAPH_E2E_OUT (default
// target/e2e). Exits 1 on any failure. Every page runs under the server's content security policy;
// any violation of it, in the page or a frame, fails the run. The browser's language is Dutch
// (nl-BE), so concepts must be named by their Dutch labels.
import { createHmac } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
const base = (process.env.PATHGRAPH_URL || 'http://127.0.0.1:8080').replace(/\/$/, '');
const content = process.env.PATHGRAPH_E2E_CONTENT || 'sample';
const out = resolve(process.env.PATHGRAPH_E2E_OUT || join(here, '../../../../target/e2e'));
const executablePath = process.env.CHROMIUM || '/usr/bin/chromium';
const secret = process.env.PATHGRAPH_E2E_JWT_SECRET || '';
// Generous: CI's machine has 2 cores and the server's first requests run cold.
const TIMEOUT = 90_000;
// The reader's language: concepts are to be named in it.
const LOCALE = 'nl-BE';
const READER_LANGUAGE = 'nl';

const scenarios = {
  // The sample's only typeset formulas are in stem5_13 (English), an object no path shows.
  // It is teacher-only, so it is also the teacher-mode check.
  // leerlijn_fiches_arduino_led has C++ in <pre><code class="language-cpp">. LCDM1 is a blockly
  // object (its XML file uses Dwengo's own block types, which Blockly does not ship); test embeds
  // a Blockly program (@blockly/blocks.xml) and a PDF.
  sample: {
    language: 'nl', hruid: 'kiks3_dl_basis', search: 'deep', formulaUrl: '/objects/en/stem5_13', teacherUrl: '/objects/en/stem5_13',
    codeUrl: '/objects/nl/leerlijn_fiches_arduino_led/1', blocklyUrl: '/objects/nl/LCDM1/3', blocklyUnknownType: 'setup_loop_structure',
    embedsUrl: '/objects/nl/test/3',
  },
  // The demo path's first object, dl_neuron, has inline and display math; un_ai4 is teacher-only.
  demo: { language: 'nl', hruid: 'demo_dl_basis', search: 'neuron', formulaUrl: null, teacherUrl: '/objects/nl/un_ai4', codeUrl: null, blocklyUrl: null, embedsUrl: null },
};
const scenario = scenarios[content];
if (!scenario) {
  console.error(`unknown PATHGRAPH_E2E_CONTENT ${content}: use ${Object.keys(scenarios).join(' or ')}`);
  process.exit(2);
}

if (!secret) {
  console.error('PATHGRAPH_E2E_JWT_SECRET is not set: teacher mode cannot be tested');
  process.exit(2);
}

/** An HS256 token with the TEACHER role, as `java -jar pathgraph.jar token --role TEACHER` makes. */
function teacherToken() {
  const b64 = (x) => Buffer.from(JSON.stringify(x)).toString('base64url');
  const now = Math.floor(Date.now() / 1000);
  const unsigned = `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64({ sub: 'pathgraph-e2e', iss: 'pathgraph', iat: now, exp: now + 3600, roles: ['TEACHER'] })}`;
  return `${unsigned}.${createHmac('sha256', secret).update(unsigned).digest('base64url')}`;
}

/**
 * Waits until the server answers GraphQL with the scenario's path (the start-up import runs while
 * the server already listens), and warms it with the catalogue's first query.
 */
async function serverReady() {
  const deadline = Date.now() + 600_000;
  for (;;) {
    try {
      const r = await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({
          query: `query Ready($hruid: String!, $language: String!) {
            learningPath(hruid: $hruid, language: $language) { key }
            learningPaths(first: 24) { totalCount edges { node { key title minAge maxAge } } } }`,
          variables: { hruid: scenario.hruid, language: scenario.language },
        }),
      });
      if (r.ok && (await r.json()).data?.learningPath) return;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) throw new Error(`no GraphQL answer from ${base}`);
    await new Promise((resolve) => setTimeout(resolve, 2000));
  }
}
await serverReady();

let passed = 0;
let failed = 0;
async function step(name, fn) {
  const started = Date.now();
  try {
    await fn();
    passed++;
    console.log(`ok - ${name} (${Date.now() - started} ms)`);
  } catch (e) {
    failed++;
    console.log(`not ok - ${name}: ${String(e.message || e).split('\n')[0]}`);
    await shot(`failed-${name.replace(/\W+/g, '-')}`).catch(() => {});
  }
}

function expect(condition, message) {
  if (!condition) throw new Error(message);
}

mkdirSync(out, { recursive: true });
const profile = mkdtempSync(join(tmpdir(), 'pathgraph-e2e-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath,
  headless: true,
  viewport: { width: 1280, height: 900 },
  locale: LOCALE,
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
const page = context.pages()[0] || (await context.newPage());
page.setDefaultTimeout(TIMEOUT);

// The viewer's own code comes from the server only: no CDN at run time. (Images, media and iframes
// are the content's: an object may show a picture from elsewhere.)
const foreign = [];
const pageErrors = [];
const CODE = new Set(['document', 'script', 'stylesheet', 'font', 'fetch', 'xhr', 'manifest', 'other']);
page.on('request', (r) => {
  const url = r.url();
  // A frame's page is the content's (a YouTube video), like its images.
  if (r.resourceType() === 'document' && r.frame() !== page.mainFrame()) return;
  if (CODE.has(r.resourceType()) && !url.startsWith(base) && !url.startsWith('data:') && !url.startsWith('blob:')) {
    foreign.push(`${r.resourceType()} ${url}`);
  }
});
page.on('pageerror', (e) => pageErrors.push(String(e.message || e)));

// Content security policy violations, from the page and every frame in it (the Blockly viewer):
// the event each document fires, and the console errors Chromium writes for them.
const violations = [];
await context.exposeBinding('pathgraphE2eViolation', ({ frame }, text) => violations.push(`${frame.url()}: ${text}`));
await context.addInitScript(() => {
  document.addEventListener('securitypolicyviolation', (e) => {
    window.pathgraphE2eViolation(`${e.effectiveDirective} refused ${e.blockedURI || '(inline)'} (${e.sourceFile || 'document'}:${e.lineNumber})`);
  });
});
page.on('console', (m) => {
  if (m.type() === 'error' && /Content Security Policy/i.test(m.text())) violations.push(`console: ${m.text()}`);
});

/** GraphQL from the test itself (not through the page), for the facts it checks the page against. */
async function api(query, variables = {}) {
  const r = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = await r.json();
  if (body.errors) throw new Error(`API: ${body.errors.map((e) => e.message).join('; ')}`);
  return body.data;
}

/** uri to the concept's label in the reader's language, from the API's prefLabels. */
async function readerLabels(hruid, language, version = null) {
  const data = await api(
    'query($h: String!, $l: String!, $v: Int) { learningObject(hruid: $h, language: $l, version: $v) { concepts { uri prefLabels { language text } } } }',
    { h: hruid, l: language, v: version },
  );
  const map = new Map();
  for (const c of data.learningObject?.concepts || []) {
    const label = c.prefLabels.find((x) => x.language === READER_LANGUAGE);
    if (label) map.set(c.uri, label.text);
  }
  return map;
}

/** Checks that every link to a concept in `scope` shows its reader's-language label and has its URI as title. */
async function expectConceptLinks(scope, labels, minimum) {
  const links = await page.locator(`${scope} a[href^="/concepts?uri="]`).evaluateAll((as) =>
    as.map((a) => ({ uri: new URL(a.href).searchParams.get('uri'), title: a.title, text: a.textContent.trim() })));
  const known = links.filter((l) => labels.has(l.uri));
  expect(known.length >= minimum, `${known.length} concept links with a ${READER_LANGUAGE} label in ${scope}, wanted ${minimum}: ${JSON.stringify(links)}`);
  for (const l of links) {
    expect(l.title === l.uri, `concept link "${l.text}" has title ${JSON.stringify(l.title)}, not its URI ${l.uri}`);
    if (labels.has(l.uri)) expect(l.text === labels.get(l.uri), `concept ${l.uri} named "${l.text}", not "${labels.get(l.uri)}"`);
  }
}

async function shot(name) {
  await page.screenshot({ path: join(out, `${name}.png`), fullPage: true });
}

async function currentNode() {
  const node = page.locator('#node');
  return { hruid: await node.getAttribute('data-node'), position: Number(await node.getAttribute('data-position')) };
}

const pathKey = `${scenario.hruid}/${scenario.language}`;

await step('the catalogue lists paths, filtered by language', async () => {
  await page.goto(`${base}/`);
  await page.locator('#path-list .path-card').first().waitFor();
  await page.selectOption('#filter-language', scenario.language);
  await page.waitForURL(/language=/);
  await page.locator(`#path-list .path-card[data-key="${pathKey}"]`).waitFor();
  const languages = await page.locator('#path-list .path-card .meta').allTextContents();
  expect(languages.length > 0 && languages.every((t) => t.startsWith(scenario.language)), `cards not all in ${scenario.language}: ${languages}`);
  await shot('01-catalogue');
});

await step(`opening ${scenario.hruid} shows its nodes and the first object's rendered content`, async () => {
  await page.locator(`.path-card[data-key="${pathKey}"] a.card-title`).click();
  await page.waitForURL(`**/paths/${scenario.language}/${scenario.hruid}**`);
  await page.locator('#node .content').waitFor();
  const items = await page.locator('#node-list li').count();
  expect(items >= 4, `only ${items} nodes listed`);
  const node = await currentNode();
  expect(node.position === 0, `started at position ${node.position}`);
  const text = (await page.locator('#node .content').innerText()).trim();
  expect(text.length > 40, `content too short: ${JSON.stringify(text)}`);
  await shot('02-path-first-node');
});

await step('the path page names the object\'s concepts by label in the reader\'s language, the URI on hover', async () => {
  const node = await currentNode();
  const labels = await readerLabels(node.hruid, scenario.language);
  expect(labels.size > 0, `the API gives ${node.hruid} no concept with a ${READER_LANGUAGE} label`);
  await expectConceptLinks('#node .concepts', labels, 1);
  // The related objects' reasons name shared concepts too.
  const reasons = await page.locator('#related .reasons li').allTextContents();
  expect(reasons.some((r) => r.startsWith('concept: ')), `no concept among the reasons: ${reasons.slice(0, 5)}`);
  await expectConceptLinks('#related .reasons', labels, 1);
  const uris = [...labels.keys()];
  const visible = await page.locator('#node').innerText();
  const shown = uris.filter((u) => visible.includes(u));
  expect(shown.length === 0, `concept URIs shown as text: ${shown}`);
});

if (!scenario.formulaUrl) {
  await step('math in the first object is typeset by KaTeX', async () => {
    await page.locator('#node .content .katex').first().waitFor();
    expect((await page.locator('#node .content .katex-display').count()) > 0, 'no display formula');
  });
}

await step('next walks three nodes in path order, keeping progress', async () => {
  for (let i = 1; i <= 3; i++) {
    const before = await currentNode();
    await page.locator('#next').click();
    await page.waitForFunction((prev) => {
      const n = document.querySelector('#node');
      return n && n.dataset.node !== prev && document.querySelector('#view').dataset.ready;
    }, before.hruid);
    const after = await currentNode();
    expect(after.position > before.position, `next went from ${before.position} to ${after.position}`);
    const content = page.locator('#node .content, #node .restricted').first();
    await content.waitFor();
    expect((await content.innerText()).trim().length > 0, `node ${after.hruid} is empty`);
    await shot(`03-next-${i}`);
  }
  const progress = await page.locator('#progress').innerText();
  expect(/\b3 of \d+ done/.test(progress), `progress says: ${progress}`);
  const done = await page.locator('#node-list li.done').count();
  expect(done === 3, `${done} nodes marked done`);
});

await step('the path graph is drawn from the API\'s Mermaid text', async () => {
  await page.locator('#path-diagram > summary').click();
  await page.locator('#path-diagram figure svg').waitFor();
  expect((await page.locator('#path-diagram figure svg g.node').count()) >= 4, 'fewer than 4 nodes drawn');
  await page.locator('#path-diagram').scrollIntoViewIfNeeded();
  await shot('04-path-graph');
});

await step('the concept browser lists concepts and the objects under one', async () => {
  await page.goto(`${base}/concepts`);
  await page.locator('#concept-list li a').first().waitFor();
  const labels = await readerLabels((await api('query($h: String!, $l: String!) { learningPath(hruid: $h, language: $l) { nodes { ref { hruid } } } }',
    { h: scenario.hruid, l: scenario.language })).learningPath.nodes[0].ref.hruid, scenario.language);
  await expectConceptLinks('#concept-list', labels, 1);
  const listText = await page.locator('#concept-list').innerText();
  expect(![...labels.keys()].some((u) => listText.includes(u)), 'the concept list shows URIs as text');
  await page.locator('#concept-list li a').first().click();
  await page.waitForURL(/\/concepts\?uri=/);
  await page.locator('#concept-objects li').first().waitFor();
  await shot('05-concept');
});

await step('teacher mode: a pasted token shows teacher-only content', async () => {
  await page.goto(`${base}${scenario.teacherUrl}`);
  await page.locator('#view[data-ready]').waitFor({ state: 'attached' });
  expect((await page.locator('#view .content').count()) === 0, 'teacher-only content shown to a learner');
  await page.locator('#teacher-button').click();
  await page.fill('#teacher-token', teacherToken());
  await page.locator('#teacher-save').click();
  await page.locator('#teacher-button.on').waitFor();
  await page.locator('#view .content').waitFor();
  await page.locator('.teacher-chip').first().waitFor();
  await shot('06-teacher-mode');
});

if (scenario.formulaUrl) {
  await step('a formula is typeset by KaTeX', async () => {
    await page.goto(`${base}${scenario.formulaUrl}`);
    await page.locator('.content .katex').first().waitFor();
    expect((await page.locator('.content .katex-display').count()) > 0, 'no display formula');
    expect((await page.locator('.content .katex-error').count()) === 0, 'KaTeX reported an error');
    await shot('07-formula');
  });
}

await step(`searching for "${scenario.search}" finds paths and objects`, async () => {
  await page.fill('#search-input', scenario.search);
  await page.press('#search-input', 'Enter');
  await page.waitForURL(/[?&]q=/);
  await page.locator('#search-results').waitFor();
  const hits = await page.locator('#search-results li').count();
  expect(hits > 0, 'no search results');
  await shot('08-search');
});

await step('GraphiQL works offline with the examples preloaded, and runs one', async () => {
  await page.goto(`${base}/graphiql`);
  await page.locator('.graphiql-container').waitFor();
  const tabs = await page.locator('.graphiql-tab').count();
  expect(tabs >= 3, `${tabs} tabs`);
  await page.locator('.graphiql-execute-button').click();
  await page.waitForFunction(() => /"data"/.test(document.querySelector('.result-window')?.textContent || ''));
  const result = await page.locator('.result-window').innerText();
  expect(!/"errors"/.test(result), `the example failed: ${result.slice(0, 300)}`);
  await shot('09-graphiql');
});

if (scenario.codeUrl) {
  await step('code is highlighted by highlight.js', async () => {
    await page.goto(`${base}${scenario.codeUrl}`);
    await page.locator('.content pre code.hljs').first().waitFor();
    const tokens = await page.locator('.content pre code.hljs [class^="hljs-"]').count();
    expect(tokens > 0, 'no highlighted token');
    await shot('10-code');
  });
}

if (scenario.blocklyUrl) {
  await step('a blockly object shows its program read-only, unknown blocks as labelled placeholders', async () => {
    await page.goto(`${base}${scenario.blocklyUrl}`);
    const iframe = page.locator('.content .pg-blockly iframe').first();
    await iframe.waitFor();
    const src = new URL(await iframe.getAttribute('src'), base);
    expect(src.pathname === '/blockly/viewer.html', `the frame loads ${src}`);
    expect(new URL(src.searchParams.get('src'), base).pathname.startsWith('/assets/'), `the program is not an asset: ${src}`);
    await iframe.scrollIntoViewIfNeeded();
    const frame = page.frameLocator('.content .pg-blockly iframe').first();
    await frame.locator('body[data-state="ready"]').waitFor();
    const blocks = await frame.locator('svg.blocklySvg g.blocklyBlock').count();
    expect(blocks >= 1, `${blocks} block SVGs`);
    await frame.locator('svg.blocklySvg text', { hasText: scenario.blocklyUnknownType }).first().waitFor();
    const readOnly = await frame.locator('body').evaluate(() => window.Blockly.getMainWorkspace().options.readOnly);
    expect(readOnly === true, 'the workspace is editable');
    const o = /\/objects\/([^/]+)\/([^/]+)\/(\d+)/.exec(scenario.blocklyUrl);
    await expectConceptLinks('.object-concepts', await readerLabels(o[2], o[1], Number(o[3])), 1);
    await shot('11-blockly');
  });

  await step('the Blockly viewer refuses a program from anywhere but this server\'s assets', async () => {
    for (const src of ['https://example.invalid/x.xml', '//example.invalid/x.xml', '/\\example.invalid/x.xml', '/graphql', '/assets/../graphql', '/assets/%2e%2e/graphql', 'javascript:alert(1)']) {
      const requests = [];
      const listen = (r) => requests.push(r.url());
      page.on('request', listen);
      await page.goto(`${base}/blockly/viewer.html?src=${encodeURIComponent(src)}`);
      await page.locator('body[data-state="refused"]').waitFor();
      page.off('request', listen);
      const fetched = requests.filter((u) => !u.startsWith(`${base}/blockly/`) && !u.startsWith(`${base}/vendor/blockly/`));
      expect(fetched.length === 0, `${src}: fetched ${fetched}`);
      expect((await page.locator('#status').innerText()).includes('/assets/'), `${src}: no explanation shown`);
    }
  });
}

if (scenario.embedsUrl) {
  await step('a Blockly program and a PDF embedded in markdown show under the policy', async () => {
    await page.goto(`${base}${scenario.embedsUrl}`);
    await page.locator('.content iframe.pg-pdf-frame').first().waitFor();
    expect((await page.locator('.content embed').count()) === 0, 'an <embed>, which object-src \'none\' blocks, is left');
    const iframe = page.locator('.content .pg-blockly iframe').first();
    await iframe.scrollIntoViewIfNeeded();
    const frame = page.frameLocator('.content .pg-blockly iframe').first();
    await frame.locator('body[data-state="ready"]').waitFor();
    expect((await frame.locator('svg.blocklySvg g.blocklyBlock').count()) >= 1, 'no block drawn');
    await shot('12-embeds');
  });
}

await step('no content security policy violation on any page or frame', async () => {
  expect(violations.length === 0, `violations: ${violations.slice(0, 5).join(' | ')}`);
});

await step('the content security policy refuses an inline script, and the test sees it', async () => {
  await page.goto(`${base}/`);
  await page.locator('#view[data-ready]').waitFor({ state: 'attached' });
  const before = violations.length;
  const ran = await page.evaluate(() => {
    window.pathgraphInline = false;
    const s = document.createElement('script');
    s.textContent = 'window.pathgraphInline = true;';
    document.head.append(s);
    return window.pathgraphInline;
  });
  expect(!ran, 'an inline script ran in the viewer');
  await new Promise((r) => setTimeout(r, 200));
  expect(violations.length > before, 'no securitypolicyviolation was seen for the refused script');
});

await step('no script, style, font or API call came from another host, and no script failed', async () => {
  expect(foreign.length === 0, `requests elsewhere: ${foreign.slice(0, 5).join(', ')}`);
  expect(pageErrors.length === 0, `page errors: ${pageErrors.slice(0, 5).join(' | ')}`);
});

await context.close();
rmSync(profile, { recursive: true, force: true });
console.log(`screenshots in ${out}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
