// Side-by-side latency of Pathgraph (:19500), @neo4j/graphql (:19600) and a hand-written Cypher
// floor (Bolt 127.0.0.1:19687), on the same database.
//
//   node bench.mjs check                 # run every query once on every system, compare the data
//   node bench.mjs latency [warm] [n]    # warm-up (default 200) then n (default 500) iterations
//                                        # per query per system, round-robin, order rotated
//
// Parameters are picked from the graph (see pickParams) unless given in the environment:
// OBJECT_HRUID, OBJECT_LANGUAGE, PATH_KEY, CONCEPT_URI, DEEP_LANGUAGE, DEEP_OFFSET.
import http from 'node:http';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import neo4j from 'neo4j-driver';
import { floorQueries } from './floor.mjs';

const DIR = new URL('.', import.meta.url).pathname;
const PG = { host: '127.0.0.1', port: 19500, path: '/graphql' };
const NG = { host: '127.0.0.1', port: 19600, path: '/' };
const BOLT = process.env.BOLT || 'bolt://127.0.0.1:19687';
const gql = (name) => readFileSync(`${DIR}queries/${name}.graphql`, 'utf8');

// Pathgraph's own statements (cypher/queries), with fragments expanded as CypherQueries does: a
// diagnostic that runs the same Cypher from this client, to split Pathgraph's time into the
// database's part and the server's.
const PG_CYPHER = process.env.PG_CYPHER || `${process.env.PROJECT || process.cwd()}/cypher`;
const stripComments = (t) => t.split('\n').filter((l) => !l.trim().startsWith('//')).join('\n');
function expandFragments(text) {
  return text.replace(/\/\*\+\s*(\w+)\((\w+)\)\s*\*\//g, (_, frag, v) => {
    const body = stripComments(readFileSync(`${PG_CYPHER}/fragments/${frag}.cypher`, 'utf8')).trim()
      .replace(/\bo\b(?=[.)])/g, v);
    // A fragment may use fragments, as in CypherQueries.
    return `(${expandFragments(body)})`;
  });
}
function pgStatement(name) {
  return expandFragments(stripComments(readFileSync(`${PG_CYPHER}/queries/${name}.cypher`, 'utf8'))).trim();
}
// The parameters of a LearningObjectFilter as content/ObjectFilter makes them: every field, null
// unless given.
const FILTER_FIELDS = ['language', 'contentType', 'concept', 'targetAge', 'minDifficulty', 'maxDifficulty',
  'minEstimatedTime', 'maxEstimatedTime', 'keyword', 'teacherExclusive', 'available', 'goalKey'];
const objectFilter = (given) => Object.fromEntries(FILTER_FIELDS.map((f) => [f, given[f] ?? null]));

const driver = neo4j.driver(BOLT, neo4j.auth.basic('neo4j', 'unused'), { disableLosslessIntegers: true });

async function cypher(q, params = {}) {
  const r = await driver.executeQuery(q, params, { routing: neo4j.routing.READ, transactionConfig: { timeout: 30000 } });
  return r.records.map((x) => x.toObject());
}

const VIS = "NOT coalesce(o.teacherExclusive, false) AND coalesce(o.available, true)";

async function pickParams() {
  const p = {};
  const obj = await cypher(`MATCH (o:LearningObject) WHERE o.language = 'nl' AND ${VIS}
    RETURN o.hruid AS hruid, o.language AS language
    ORDER BY size(o.conceptUris) DESC, size(o.keywords) DESC, o.hruid LIMIT 1`);
  p.objectHruid = process.env.OBJECT_HRUID || obj[0].hruid;
  p.objectLanguage = process.env.OBJECT_LANGUAGE || obj[0].language;
  // The path with the most nodes whose object an anonymous learner sees (a path of teacher-only
  // objects would measure nulls).
  const path = await cypher(`MATCH (p:LearningPath)-[:HAS_NODE]->(:PathNode)-[:SHOWS]->(o:LearningObject) WHERE ${VIS}
    WITH p, count(o) AS visible RETURN p.key AS key, p.hruid AS hruid, p.language AS language,
    p.nodeCount AS nodeCount ORDER BY visible DESC, p.nodeCount DESC, p.key LIMIT 1`);
  p.pathKey = process.env.PATH_KEY || path[0].key;
  const pk = await cypher('MATCH (p:LearningPath {key: $k}) RETURN p.hruid AS hruid, p.language AS language, p.nodeCount AS nodeCount', { k: p.pathKey });
  Object.assign(p, { pathHruid: pk[0].hruid, pathLanguage: pk[0].language, pathNodeCount: pk[0].nodeCount });
  // A leaf concept (includeNarrower changes nothing), by default Dwengo's "digital media" one
  // when the content has objects about it, else the leaf with the most visible objects (a
  // generated corpus has concepts of its own).
  const wanted = process.env.CONCEPT_URI || 'http://ilearn.ilabt.imec.be/vocab/curr1/s-digitale-media-en-toepassingen';
  const c = await cypher(`MATCH (c:Concept) WHERE NOT EXISTS { (c)<-[:BROADER]-() }
    WITH c, COUNT { (c)<-[:ABOUT]-(o) WHERE ${VIS} } AS n
    RETURN c.uri AS uri, n ORDER BY (c.uri = $w AND n > 0) DESC, n DESC, c.uri LIMIT 1`, { w: wanted });
  p.conceptUri = c[0].uri;
  p.conceptObjects = c[0].n;
  p.deepLanguage = process.env.DEEP_LANGUAGE || 'nl';
  const total = (await cypher(`MATCH (o:LearningObject) WHERE o.language = $l AND ${VIS} RETURN count(o) AS n`, { l: p.deepLanguage }))[0].n;
  p.deepTotal = total;
  p.deepOffset = Math.max(0, Math.min(Number(process.env.DEEP_OFFSET || 840), total - 21));
  const ak = await cypher(`MATCH (o:LearningObject) WHERE o.language = $l AND ${VIS}
    WITH o ORDER BY o.key SKIP $s LIMIT 1 RETURN o.key AS key`, { l: p.deepLanguage, s: neo4j.int(p.deepOffset - 1) });
  p.deepAfterKey = ak[0].key;
  p.pgCursor = Buffer.from('k1:' + p.deepAfterKey, 'utf8').toString('base64url');
  p.ngCursor = Buffer.from('arrayconnection:' + (p.deepOffset - 1), 'utf8').toString('base64');
  return p;
}

// Each query: per system, how to run it and how to reduce its answer to comparable data.
function buildQueries(p) {
  const prefLabelOrUri = (lp) => lp && {
    ...lp,
    nodes: lp.nodes.map((n) => ({
      ...n,
      learningObject: n.learningObject && {
        ...n.learningObject,
        concepts: n.learningObject.concepts.map((c) => ({ uri: c.uri, prefLabel: c.prefLabel ?? c.uri })),
      },
    })),
  };
  const dropCursors = (c) => c && {
    totalCount: c.totalCount,
    edges: c.edges.map((e) => ({ node: e.node })),
    hasNextPage: c.pageInfo.hasNextPage,
  };
  const pathVars = { hruid: p.pathHruid, language: p.pathLanguage };
  return {
    a: {
      title: '(a) one object by hruid + language: title, description, keywords, concept URIs',
      pathgraph: { http: PG, query: gql('pg-a'), variables: { hruid: p.objectHruid, language: p.objectLanguage }, norm: (d) => d.learningObject },
      'neo4j-graphql': { http: NG, query: gql('ng-a'), variables: { hruid: p.objectHruid, language: p.objectLanguage }, norm: (d) => d.learningObjects[0] ?? null },
      floor: { cypher: 'a', params: { hruid: p.objectHruid, language: p.objectLanguage }, norm: (d) => d.learningObject },
      'floor-db': { diagnostic: true, steps: [{ text: floorQueries.a.cypher, params: () => ({ hruid: p.objectHruid, language: p.objectLanguage }) }] },
      'pathgraph-cypher-db': { diagnostic: true, steps: [
        // What Pathgraph passes for query (a): one statement; (a) selects only its concepts' URIs,
        // which the object's conceptUris answer, so no concept is read.
        { text: pgStatement('content/find-object'), params: () => ({ hruid: p.objectHruid, language: p.objectLanguage, version: null, role: 'ANONYMOUS',
          objectProperties: ['key', 'hruid', 'language', 'version', 'title', 'description', 'keywords', 'conceptUris'], withConcepts: false, withAltLabels: false }) },
      ] },
    },
    b: {
      title: `(b) largest path (${p.pathKey}, ${p.pathNodeCount} nodes): nodes in order, object title + concepts`,
      pathgraph: { http: PG, query: gql('pg-b'), variables: pathVars, norm: (d) => d.learningPath },
      // @neo4j/graphql returns prefLabel null where the concept has none; Pathgraph (and the
      // floor) fall back to the URI. The comparison applies that fallback (a noted difference).
      'neo4j-graphql': { http: NG, query: gql('ng-b'), variables: { key: p.pathKey }, norm: (d) => prefLabelOrUri(d.learningPaths[0] ?? null) },
      floor: { cypher: 'b', params: { key: p.pathKey }, norm: (d) => d.learningPath },
      'floor-db': { diagnostic: true, steps: [{ text: floorQueries.b.cypher, params: () => ({ key: p.pathKey }) }] },
      'pathgraph-cypher-db': { diagnostic: true, steps: [
        // What Pathgraph passes for query (b): the object properties and parts (b) selects.
        { text: pgStatement('path/nodes-of-paths'), params: () => ({ keys: [p.pathKey], role: 'ANONYMOUS',
          objectProperties: ['key', 'hruid', 'language', 'version', 'title', 'conceptUris'],
          withConcepts: true, withAltLabels: false, withEmbeds: false, withTransitions: false }) },
      ] },
    },
    c: {
      title: `(c) a concept's objects, first 20 by key + totalCount (${p.conceptUri.split('/').pop()}, ${p.conceptObjects} visible)`,
      pathgraph: { http: PG, query: gql('pg-c'), variables: { uri: p.conceptUri }, norm: (d) => d.concept && { uri: d.concept.uri, totalCount: d.concept.learningObjects.totalCount, edges: d.concept.learningObjects.edges } },
      'neo4j-graphql': { http: NG, query: gql('ng-c'), variables: { uri: p.conceptUri }, norm: (d) => d.concepts[0] && { uri: d.concepts[0].uri, totalCount: d.concepts[0].learningObjectsConnection.totalCount, edges: d.concepts[0].learningObjectsConnection.edges } },
      floor: { cypher: 'c', params: { uri: p.conceptUri }, norm: (d) => d.concept && { uri: d.concept.uri, totalCount: d.concept.learningObjects.totalCount, edges: d.concept.learningObjects.edges } },
      'pathgraph-cypher-db': { diagnostic: true, steps: [
        // What Pathgraph passes for query (c): the concept with the first page of its objects
        // (api/PageRequest.parameters), each object's key and title.
        { text: pgStatement('concept/find-concept'), params: () => ({ uri: p.conceptUri, role: 'ANONYMOUS',
          objects: { kind: 'concept', key: p.conceptUri, narrower: false, filter: objectFilter({}), after: null, limit: neo4j.int(21),
            properties: ['key', 'hruid', 'language', 'version', 'title'] } }) },
      ] },
    },
    d: {
      title: `(d) page of 20 '${p.deepLanguage}' objects after ${p.deepOffset} of ${p.deepTotal} + totalCount`,
      pathgraph: { http: PG, query: gql('pg-d'), variables: { language: p.deepLanguage, after: p.pgCursor }, norm: (d) => dropCursors(d.learningObjects) },
      'neo4j-graphql': { http: NG, query: gql('ng-d'), variables: { language: p.deepLanguage, after: p.ngCursor }, norm: (d) => dropCursors(d.learningObjectsConnection) },
      // The same page the way an @neo4j/graphql user can keyset-page: key > last key, count apart.
      'neo4j-graphql-keyset': { http: NG, query: gql('ng-d-keyset'), variables: { language: p.deepLanguage, afterKey: p.deepAfterKey }, norm: (d) => dropCursors({ ...d.page, totalCount: d.all.totalCount }) },
      floor: { cypher: 'd', params: { language: p.deepLanguage, afterKey: p.deepAfterKey }, norm: (d) => dropCursors(d.learningObjects) },
      'pathgraph-cypher-db': { diagnostic: true, steps: [
        // What Pathgraph passes for query (d): the filter, the cursor's key, first + 1, and the
        // properties (d) selects.
        { text: pgStatement('content/page-objects'), params: () => ({ ...objectFilter({ language: p.deepLanguage }),
          after: p.deepAfterKey, limit: neo4j.int(21), role: 'ANONYMOUS', objectProperties: ['key', 'hruid', 'language', 'version', 'title'] }) },
      ] },
    },
    e: {
      title: `(e) = (b) with each object's html (Pathgraph renders; the floor returns markdown)`,
      pathgraph: { http: PG, query: gql('pg-e'), variables: pathVars, norm: (d) => d.learningPath },
      floor: { cypher: 'e', params: { key: p.pathKey }, norm: (d) => d.learningPath },
    },
  };
}

const agents = new Map();
function post(target, body) {
  let agent = agents.get(target.port);
  if (!agent) agents.set(target.port, (agent = new http.Agent({ keepAlive: true, maxSockets: 1 })));
  return new Promise((resolve, reject) => {
    const req = http.request({
      host: target.host, port: target.port, path: target.path, method: 'POST', agent,
      headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'Content-Length': Buffer.byteLength(body) },
    }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, text: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('error', reject);
    // A request that never answers is an error, not a run that waits for ever.
    req.setTimeout(30000, () => req.destroy(new Error(`no answer from :${target.port} in 30 s`)));
    req.end(body);
  });
}

// One run of one system's query: elapsed ms and the JSON text of the answer.
async function runOnce(spec) {
  if (spec.http) {
    const body = spec.body ?? (spec.body = JSON.stringify({ query: spec.query, variables: spec.variables }));
    const t0 = process.hrtime.bigint();
    const r = await post(spec.http, body);
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    return { ms, status: r.status, text: r.text };
  }
  if (spec.steps) {
    // Diagnostic: the time the database reports for the statements (resultAvailableAfter +
    // resultConsumedAfter, whole ms), not this client's, whose decoding would dominate; and the
    // size of what they return, as JSON.
    const prev = [];
    let ms = 0;
    for (const st of spec.steps) {
      const r = await driver.executeQuery(st.text, st.params(prev), { routing: neo4j.routing.READ, transactionConfig: { timeout: 30000 } });
      ms += Number(r.summary.resultAvailableAfter) + Number(r.summary.resultConsumedAfter);
      prev.push(r);
    }
    const text = JSON.stringify(prev.map((r) => r.records.map((x) => x.toObject())));
    return { ms, status: 200, text: JSON.stringify({ data: text.length }) };
  }
  const f = floorQueries[spec.cypher];
  const t0 = process.hrtime.bigint();
  const r = await driver.executeQuery(f.cypher, spec.params, { routing: neo4j.routing.READ, transactionConfig: { timeout: 30000 } });
  const text = JSON.stringify({ data: f.shape(r.records) });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  return { ms, status: 200, text };
}

function dataOf(r) {
  const j = JSON.parse(r.text);
  if (r.status !== 200 || j.errors) throw new Error(`status ${r.status}: ${r.text.slice(0, 400)}`);
  return j.data;
}

function pct(sorted, q) {
  return sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)];
}

async function check(queries, p) {
  mkdirSync(`${DIR}results/check`, { recursive: true });
  let ok = true;
  for (const [qid, q] of Object.entries(queries)) {
    const systems = Object.keys(q).filter((k) => k !== 'title');
    const normed = {};
    for (const s of systems) {
      if (q[s].diagnostic) continue;
      const r = await runOnce(q[s]);
      writeFileSync(`${DIR}results/check/${qid}-${s}.json`, r.text);
      try {
        normed[s] = q[s].norm(dataOf(r));
      } catch (e) {
        normed[s] = { error: e.message };
      }
    }
    const ref = normed.pathgraph;
    const lines = systems.filter((s) => !q[s].diagnostic).map((s) => {
      let same = isDeepStrictEqual(normed[s], ref);
      // (e): the floor returns markdown where Pathgraph returns html; compare all but that.
      if (!same && qid === 'e' && s === 'floor') {
        const strip = (lp) => lp && { ...lp, nodes: lp.nodes.map((n) => ({ ...n, learningObject: n.learningObject && { ...n.learningObject, html: undefined } })) };
        same = isDeepStrictEqual(strip(normed[s]), strip(ref));
        return `  ${s.padEnd(22)} ${same ? 'SAME (html vs markdown aside)' : 'DIFFERENT'}`;
      }
      if (!same) ok = false;
      return `  ${s.padEnd(22)} ${same ? 'SAME' : 'DIFFERENT'}${same ? '' : '\n    ' + JSON.stringify(normed[s]).slice(0, 600)}`;
    });
    const summary = summarize(qid, ref);
    console.log(`${q.title}\n  pathgraph data: ${summary}\n${lines.join('\n')}`);
  }
  return ok;
}

function summarize(qid, d) {
  if (!d) return 'null';
  if (qid === 'a') return `${d.key}, ${d.keywords.length} keywords, ${d.concepts.length} concepts`;
  if (qid === 'b' || qid === 'e') {
    const shown = d.nodes.filter((n) => n.learningObject).length;
    return `${d.key}, ${d.nodes.length} nodes (${shown} with a visible object, ${d.nodes.length - shown} null), positions ${d.nodes.map((n) => n.position).join(',') === d.nodes.map((_, i) => i).join(',') ? '0..' + (d.nodes.length - 1) + ' in order' : 'NOT in order'}`;
  }
  if (qid === 'c') return `totalCount ${d.totalCount}, ${d.edges.length} edges, first ${d.edges[0]?.node.key}, last ${d.edges.at(-1)?.node.key}`;
  if (qid === 'd') return `totalCount ${d.totalCount}, ${d.edges.length} edges, ${d.edges[0]?.node.key} .. ${d.edges.at(-1)?.node.key}, hasNextPage ${d.hasNextPage}`;
  return '';
}

async function latency(queries, p, warm, n) {
  const order = Object.keys(queries);
  const loadStart = readFileSync('/proc/loadavg', 'utf8').trim();
  const started = new Date().toISOString();
  // A system that cannot answer a query at all (the peer's offset paging runs out of transaction
  // memory after 30 s on a 10k corpus) is probed once, reported as failed and left out of the
  // timing: 200 warm-up rounds of it would take hours.
  const failed = {};
  for (const qid of order) {
    const q = queries[qid];
    for (const s of Object.keys(q).filter((k) => k !== 'title')) {
      const r = await runOnce(q[s]).catch((e) => ({ status: 0, text: JSON.stringify({ errors: [{ message: e.message }] }) }));
      try { if (!q[s].diagnostic) dataOf(r); } catch (e) { failed[`${qid}/${s}`] = e.message.slice(0, 300); }
    }
  }
  const live = (qid, q) => Object.keys(q).filter((k) => k !== 'title' && !failed[`${qid}/${k}`]);
  // Warm-up: every query, every system, round-robin.
  for (const qid of order) {
    const q = queries[qid];
    const systems = live(qid, q);
    // A failing request (counted below) does not stop the warm-up.
    for (let i = 0; i < warm; i++) for (const s of systems) await runOnce(q[s]).catch(() => {});
  }
  const results = {};
  for (const qid of order) {
    const q = queries[qid];
    const systems = live(qid, q);
    const times = Object.fromEntries(systems.map((s) => [s, []]));
    const errors = Object.fromEntries(systems.map((s) => [s, 0]));
    const bytes = {};
    const firstText = {};
    for (let i = 0; i < n; i++) {
      for (let k = 0; k < systems.length; k++) {
        const s = systems[(i + k) % systems.length]; // rotate who goes first
        const t0 = process.hrtime.bigint();
        const r = await runOnce(q[s]).catch((e) => ({ ms: Number(process.hrtime.bigint() - t0) / 1e6, status: 0, text: JSON.stringify({ errors: [{ message: e.message }] }) }));
        times[s].push(r.ms);
        bytes[s] = q[s].diagnostic ? JSON.parse(r.text).data : Buffer.byteLength(r.text);
        if (firstText[s] === undefined) firstText[s] = r.text;
        if (r.status !== 200 || r.text !== firstText[s]) {
          try { dataOf(r); if (r.text !== firstText[s]) errors[s]++; } catch { errors[s]++; }
        }
      }
    }
    results[qid] = { title: q.title, systems: {} };
    for (const s of systems) {
      const t = [...times[s]].sort((x, y) => x - y);
      results[qid].systems[s] = {
        n: t.length, p50: pct(t, 0.5), p95: pct(t, 0.95), p99: pct(t, 0.99), min: t[0], max: t.at(-1),
        mean: t.reduce((x, y) => x + y, 0) / t.length, errors: errors[s], bytes: bytes[s],
      };
    }
    for (const k of Object.keys(q).filter((x) => x !== 'title' && failed[`${qid}/${x}`])) {
      results[qid].systems[k] = { failed: failed[`${qid}/${k}`] };
    }
    process.stderr.write(`done ${qid}\n`);
  }
  const loadEnd = readFileSync('/proc/loadavg', 'utf8').trim();
  return { started, finished: new Date().toISOString(), warm, n, loadStart, loadEnd, params: p, results };
}

function markdown(run) {
  const out = [`Latency run ${run.started} .. ${run.finished}; warm-up ${run.warm}, ${run.n} measured iterations per query per system, round-robin; /proc/loadavg at start \`${run.loadStart}\`, at end \`${run.loadEnd}\`.`, ''];
  for (const [qid, r] of Object.entries(run.results)) {
    const floorOf = (s) => r.systems[s.includes(':') ? s.split(':')[0] + ':floor' : 'floor'];
    out.push(`### ${r.title}`, '', '| system | p50 ms | p95 ms | p99 ms | p50 / floor | p99 / floor | bytes | errors |', '|---|---|---|---|---|---|---|---|');
    for (const [s, x] of Object.entries(r.systems)) {
      if (x.failed) { out.push(`| ${s} | failed: ${x.failed.replaceAll('|', '/')} |||||||`); continue; }
      out.push(`| ${s} | ${x.p50.toFixed(2)} | ${x.p95.toFixed(2)} | ${x.p99.toFixed(2)} | ${(x.p50 / floorOf(s).p50).toFixed(2)} | ${(x.p99 / floorOf(s).p99).toFixed(2)} | ${x.bytes} | ${x.errors} |`);
    }
    out.push('');
  }
  return out.join('\n');
}

const mode = process.argv[2] || 'check';
const p = await pickParams();
const queries = buildQueries(p);
if (process.env.ONLY) for (const k of Object.keys(queries)) if (!process.env.ONLY.split(',').includes(k)) delete queries[k];
if (process.env.MERGE) {
  const ids = process.env.MERGE.split(',');
  const merged = { title: `interleaved ${ids.map((i) => queries[i].title.split(' ')[0]).join(' + ')}` };
  for (const i of ids) for (const [s, spec] of Object.entries(queries[i])) if (s !== 'title') merged[`${i}:${s}`] = spec;
  for (const i of ids) delete queries[i];
  queries[ids.join('')] = merged;
}
console.log('params', JSON.stringify(p));
mkdirSync(`${DIR}results`, { recursive: true });
if (mode === 'check') {
  const ok = await check(queries, p);
  console.log(ok ? 'ALL SAME' : 'SOME DIFFERENT');
} else if (mode === 'latency') {
  const warm = Number(process.argv[3] || 200);
  const n = Number(process.argv[4] || 500);
  const run = await latency(queries, p, warm, n);
  const tag = process.env.TAG || 'latency';
  writeFileSync(`${DIR}results/${tag}.json`, JSON.stringify(run, null, 2));
  writeFileSync(`${DIR}results/${tag}.md`, markdown(run));
  console.log(markdown(run));
}
await driver.close();
for (const a of agents.values()) a.destroy();
