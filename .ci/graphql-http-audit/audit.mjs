// Runs the graphql-http GraphQL-over-HTTP audit against a running server and exits non-zero when
// any MUST or SHOULD audit fails. Usage: node audit.mjs http://127.0.0.1:8080/graphql
import { auditServer } from 'graphql-http';

const url = process.argv[2] || process.env.GRAPHQL_URL;
if (!url) {
  console.error('usage: node audit.mjs <graphql endpoint url>');
  process.exit(2);
}

const results = await auditServer({ url });
const level = (r) => r.name.split(' ')[0];
let failing = 0;
for (const r of results) {
  if (r.status === 'ok') {
    console.log(`ok    ${r.id} ${r.name}`);
    continue;
  }
  const counts = level(r) === 'MUST' || level(r) === 'SHOULD';
  if (counts) failing++;
  let body = '';
  try {
    body = (await r.response.text()).slice(0, 300);
  } catch {
    // the body was already read by the audit
  }
  console.log(`${counts ? 'FAIL ' : 'note '} ${r.id} ${r.name}: ${r.reason}`);
  console.log(`        HTTP ${r.response.status} ${r.response.headers.get('content-type') ?? ''} ${body}`);
}
const byLevel = { MUST: [0, 0], SHOULD: [0, 0], MAY: [0, 0] };
for (const r of results) byLevel[level(r)][r.status === 'ok' ? 0 : 1]++;
for (const [k, [ok, fail]] of Object.entries(byLevel)) {
  console.log(`${k}: ${ok} passed, ${fail} failed`);
}
if (failing > 0) {
  console.error(`${failing} MUST/SHOULD audit(s) failed`);
  process.exit(1);
}
