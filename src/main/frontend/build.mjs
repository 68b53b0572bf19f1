// Builds the viewer, the offline GraphiQL and the read-only Blockly viewer into the jar's static resources:
//   node build.mjs <output dir>      (the Maven build passes target/classes/static)
// It installs the locked npm packages when package-lock.json changed since the last install, then
// copies the app and the browser builds the packages ship. Nothing is bundled, so it takes a second
// once node_modules is in place, and nothing is fetched at run time.
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const out = resolve(process.argv[2] ?? join(here, '../../../target/classes/static'));
const modules = join(here, 'node_modules');
const stamp = join(modules, '.pathgraph-lock-sha256');

function installIfStale() {
  const lock = createHash('sha256').update(readFileSync(join(here, 'package-lock.json'))).digest('hex');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === lock) {
    return;
  }
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  // --ignore-scripts: no package here needs an install script, and none may download a browser.
  const run = spawnSync(npm, ['ci', '--no-audit', '--no-fund', '--ignore-scripts', '--prefer-offline'], {
    cwd: here,
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  if (run.status !== 0) {
    throw new Error(`npm ci failed with exit code ${run.status}`);
  }
  writeFileSync(stamp, lock);
}

function copy(from, to) {
  const source = join(modules, from);
  if (!existsSync(source)) {
    throw new Error(`missing ${source}: is package-lock.json in step with package.json?`);
  }
  mkdirSync(dirname(join(out, to)), { recursive: true });
  cpSync(source, join(out, to), { recursive: true });
}

installIfStale();
rmSync(join(out, 'vendor'), { recursive: true, force: true });
cpSync(join(here, 'app'), out, { recursive: true });
cpSync(join(here, 'graphiql'), join(out, 'graphiql'), { recursive: true });
cpSync(join(here, 'blockly'), join(out, 'blockly'), { recursive: true });

copy('katex/dist/katex.min.js', 'vendor/katex/katex.min.js');
copy('katex/dist/katex.min.css', 'vendor/katex/katex.min.css');
copy('katex/dist/fonts', 'vendor/katex/fonts');
copy('@highlightjs/cdn-assets/highlight.min.js', 'vendor/highlight/highlight.min.js');
copy('@highlightjs/cdn-assets/styles/github.min.css', 'vendor/highlight/github.min.css');
copy('mermaid/dist/mermaid.min.js', 'vendor/mermaid/mermaid.min.js');
copy('react/umd/react.production.min.js', 'vendor/graphiql/react.production.min.js');
copy('react-dom/umd/react-dom.production.min.js', 'vendor/graphiql/react-dom.production.min.js');
copy('graphiql/graphiql.min.js', 'vendor/graphiql/graphiql.min.js');
copy('graphiql/graphiql.min.css', 'vendor/graphiql/graphiql.min.css');
// The read-only Blockly viewer (blockly/viewer.html): core, the standard blocks, English messages
// and the sprites and cursors it draws with (its sounds stay out: the viewer plays none).
copy('blockly/blockly_compressed.js', 'vendor/blockly/blockly_compressed.js');
copy('blockly/blocks_compressed.js', 'vendor/blockly/blocks_compressed.js');
copy('blockly/msg/en.js', 'vendor/blockly/msg/en.js');
for (const file of readdirSync(join(modules, 'blockly/media')).filter((f) => !f.endsWith('.mp3') && !f.endsWith('.wav') && !f.endsWith('.ogg'))) {
  copy(`blockly/media/${file}`, `vendor/blockly/media/${file}`);
}

// The repository's examples/*.graphql, for GraphiQL's tabs and Examples panel: the leading comment
// is the description, the file name the title.
const examplesDir = join(here, '../../../examples');
const examples = existsSync(examplesDir)
  ? readdirSync(examplesDir)
      .filter((f) => f.endsWith('.graphql'))
      .sort()
      .map((f) => {
        const text = readFileSync(join(examplesDir, f), 'utf8');
        const comment = [];
        for (const line of text.split('\n')) {
          if (!line.startsWith('#')) break;
          comment.push(line.replace(/^#\s?/, ''));
        }
        return { name: f.replace(/\.graphql$/, ''), description: comment.join(' '), query: text };
      })
  : [];
writeFileSync(join(out, 'graphiql', 'examples.json'), JSON.stringify(examples, null, 2) + '\n');

const versions = {};
for (const name of ['katex', '@highlightjs/cdn-assets', 'mermaid', 'graphiql', 'react', 'react-dom', 'blockly']) {
  versions[name] = JSON.parse(readFileSync(join(modules, name, 'package.json'), 'utf8')).version;
}
writeFileSync(join(out, 'vendor', 'versions.json'), JSON.stringify(versions, null, 2) + '\n');
console.log(`viewer built into ${out}`);
