// The npm package (build/package, made by web/build-package.mjs) as a user
// gets it: `npm pack`, installed from the tarball into a fresh project with
// no network, then used from Node (its answers against the CLI's), from
// TypeScript (strict; wrong types rejected; React 19's JSX), and bundled by
// esbuild for a page served under the strict CSP in Chromium.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { listen, CSP } from '../../scripts/serve-static.mjs';
import { launchChromium, open, recommended } from '../browser/helpers.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const PKG = join(ROOT, 'build', 'package');
const CLI = join(ROOT, 'build', 'native', 'which-backend');
const TSC = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
const CONSUMER = fileURLToPath(new URL('./consumer/', import.meta.url));

// Scenarios answered by both the package and the CLI: defaults, a long job, a
// case whose answer an estimate's range can flip, weights and overrides, JSON
// text, and an invalid one.
const golden26 = JSON.parse(
  readFileSync(join(ROOT, 'tests/vectors/golden/26_netlify_eight_minute_api_python.json'), 'utf8'),
).scenario;
const SCENARIOS = [
  {},
  { job_seconds_longest: 7200 },
  golden26,
  {
    python_libraries: 'required',
    platform: 'containers',
    job_seconds_longest: 700,
    weights: { cost: 5 },
    assumptions: { engineer_usd_hour: 150, platforms: { vercel_pro: { function_max_s: 1800 } } },
  },
  '{"product": "api", "monthly_requests": 250000, "public_api": true}',
  { product: 'desktop' },
];

function run(cmd, args, options = {}) {
  return new Promise((resolve, reject) => {
    const child = execFile(
      cmd,
      args,
      { maxBuffer: 64 << 20, ...options },
      (error, stdout, stderr) =>
        error && !options.allowFailure
          ? reject(new Error(`${cmd} ${args.join(' ')} failed:\n${stdout}${stderr}`))
          : resolve({ code: error ? error.code : 0, stdout, stderr }),
    );
    if (options.input !== undefined) child.stdin.end(options.input);
  });
}

const cli = (args, input) => run(CLI, args, { input, allowFailure: true });
// The CLI's JSON answer: the result on stdout, or (exit 2) the errors on stderr.
const cliJson = async (s) => {
  const { code, stdout, stderr } = await cli(['-', '--format', 'json'], asText(s));
  return { valid: code === 0, text: code === 0 ? stdout : stderr };
};
const asText = (s) => (typeof s === 'string' ? s : JSON.stringify(s));

let work;
let project;
let packed;
before(async () => {
  assert.ok(existsSync(join(PKG, 'package.json')), 'build/package is missing: run scripts/build');
  work = mkdtempSync(join(tmpdir(), 'which-backend-package-'));
  const { stdout } = await run('npm', ['pack', PKG, '--json', '--pack-destination', work]);
  packed = JSON.parse(stdout)[0];
  project = join(work, 'consumer');
  mkdirSync(project);
  writeFileSync(
    join(project, 'package.json'),
    JSON.stringify({ name: 'consumer', private: true, type: 'module' }),
  );
  // --offline: a package without dependencies installs from its tarball alone.
  await run(
    'npm',
    ['install', '--offline', '--no-audit', '--no-fund', join(work, packed.filename)],
    { cwd: project },
  );
  cpSync(CONSUMER, project, { recursive: true });
});
after(() => work && rmSync(work, { recursive: true, force: true }));

test('the tarball: which-backend at the CMake project version, ESM only, the files listed', async () => {
  const cmakeVersion = /project\(\s*which_backend\s+VERSION\s+([\d.]+)/.exec(
    readFileSync(join(ROOT, 'CMakeLists.txt'), 'utf8'),
  )[1];
  assert.equal(packed.name, 'which-backend');
  assert.equal(packed.version, cmakeVersion);
  assert.deepEqual(packed.files.map((f) => f.path).sort(), [
    'README.md',
    'core.d.ts',
    'core.js',
    'element.d.ts',
    'element.js',
    'index.d.ts',
    'index.js',
    'package.json',
    'result.d.ts',
    'schema.d.ts',
    'wasm.js',
  ]);
  const pkg = JSON.parse(
    readFileSync(join(project, 'node_modules/which-backend/package.json'), 'utf8'),
  );
  assert.equal(pkg.type, 'module');
  assert.deepEqual(Object.keys(pkg.exports), ['.', './element', './core', './package.json']);
  assert.equal(pkg.dependencies, undefined);
  assert.match((await cli(['--version'])).stdout, new RegExp(`model ${packed.version},`));
});

test('which-backend/core in Node answers as the CLI does', async () => {
  const probe = `import createCore from 'which-backend/core';
const scenarios = JSON.parse(process.argv[2]);
const core = await createCore();
process.stdout.write(JSON.stringify({
  results: scenarios.map((s) => core.evaluate(s)),
  adrs: scenarios.map((s) => core.adr(s)),
  schema: core.schema(),
  defaults: core.defaults(),
  platforms: core.platforms(),
}));
`;
  writeFileSync(join(project, 'probe.mjs'), probe);
  const { stdout } = await run('node', ['probe.mjs', JSON.stringify(SCENARIOS)], { cwd: project });
  const got = JSON.parse(stdout);
  for (const [i, s] of SCENARIOS.entries()) {
    const { valid, text } = await cliJson(s);
    assert.deepEqual(got.results[i], JSON.parse(text), `evaluate ${asText(s)}`);
    assert.equal(valid, i < SCENARIOS.length - 1, `only the last scenario is invalid`);
    const adr = await cli(['-', '--format', 'markdown'], asText(s));
    assert.equal(got.adrs[i], valid ? adr.stdout : '', `adr ${asText(s)}`);
  }
  for (const flag of ['schema', 'defaults', 'platforms'])
    assert.deepEqual(got[flag], JSON.parse((await cli([`--${flag}`])).stdout), flag);
});

test('importing which-backend in Node registers nothing and changes nothing', async () => {
  const probe = `import { createRequire } from 'node:module';
const listeners = () => ['uncaughtException', 'unhandledRejection'].map((e) => process.listenerCount(e));
const before = listeners();
const main = await import('which-backend');
const element = await import('which-backend/element');
const core = await (await import('which-backend/core')).default();
const internal = await import('which-backend/wasm.js').then(() => 'importable', (e) => e.code);
process.stdout.write(JSON.stringify({
  before, after: listeners(),
  customElements: typeof customElements,
  mainExports: Object.keys(main).sort(),
  sameClass: main.WhichBackendElement === element.WhichBackendElement,
  define: main.define() === undefined,
  version: createRequire(import.meta.url)('which-backend/package.json').version,
  model: core.schema().model_version,
  internal,
}));
`;
  writeFileSync(join(project, 'node-import.mjs'), probe);
  const { stdout } = await run('node', ['node-import.mjs'], { cwd: project });
  const got = JSON.parse(stdout);
  assert.deepEqual(got.after, got.before, 'no process-wide handlers');
  assert.equal(got.customElements, 'undefined');
  assert.deepEqual(got.mainExports, ['WhichBackendElement', 'define']);
  assert.ok(got.sameClass);
  assert.ok(got.define, 'define() without a registry does nothing');
  assert.equal(got.version, packed.version);
  assert.equal(got.model, packed.version);
  assert.equal(got.internal, 'ERR_PACKAGE_PATH_NOT_EXPORTED');
});

// ---- TypeScript: tsc --strict over the fixtures in tests/package/consumer/,
// with skipLibCheck off so the package's own declarations are checked too.

async function tsc(name, files, options = {}) {
  const config = {
    compilerOptions: {
      strict: true,
      noEmit: true,
      skipLibCheck: false,
      target: 'es2022',
      module: 'nodenext',
      lib: ['es2022', 'dom'],
      types: [],
      ...options,
    },
    files,
  };
  writeFileSync(join(project, name), JSON.stringify(config, null, 2));
  const { code, stdout } = await run(process.execPath, [TSC, '-p', name, '--pretty', 'false'], {
    cwd: project,
    allowFailure: true,
  });
  const errors = new Set();
  for (const m of stdout.matchAll(/^([\w.-]+)\((\d+),\d+\): error TS\d+/gm))
    errors.add(`${m[1]}:${m[2]}`);
  return { code, stdout, errors: [...errors].sort() };
}

// The lines of the fixtures marked "expect error", as file:line.
function expectedErrors(files) {
  const out = [];
  for (const f of files)
    readFileSync(join(CONSUMER, f), 'utf8')
      .split('\n')
      .forEach((line, i) => line.includes('// expect error') && out.push(`${f}:${i + 1}`));
  return out.sort();
}

test('types: the element, a scenario and the result compile under --strict, without React', async () => {
  assert.ok(!existsSync(join(project, 'node_modules/@types/react')));
  const dom = await tsc('tsconfig.element.json', ['element.ts']);
  assert.equal(dom.code, 0, dom.stdout);
  // Node without the DOM's types: which-backend/core needs none.
  const node = await tsc('tsconfig.core.json', ['node-console.d.ts', 'core.ts'], {
    lib: ['es2022'],
  });
  assert.equal(node.code, 0, node.stdout);
});

test('types: a wrong value type fails to compile, on exactly the lines marked', async () => {
  const wrong = await tsc('tsconfig.wrong.json', ['wrong-type.ts']);
  assert.notEqual(wrong.code, 0);
  assert.deepEqual(wrong.errors, expectedErrors(['wrong-type.ts']), wrong.stdout);
  assert.ok(wrong.errors.length >= 8);
});

test("types: the CLI's JSON is a Result, InputErrors, Schema, DataSet and defaults", async () => {
  const lines = [
    "import type { DataSet, InputErrors, ResolvedScenario, Result, Schema } from 'which-backend/core';",
  ];
  for (const [i, s] of SCENARIOS.entries()) {
    const { valid, text } = await cliJson(s);
    lines.push(`export const r${i}: ${valid ? 'Result' : 'InputErrors'} = ${text.trim()};`);
  }
  lines.push(`export const schema: Schema = ${(await cli(['--schema'])).stdout.trim()};`);
  lines.push(`export const data: DataSet = ${(await cli(['--platforms'])).stdout.trim()};`);
  lines.push(
    `export const defaults: ResolvedScenario = ${(await cli(['--defaults'])).stdout.trim()};`,
  );
  writeFileSync(join(project, 'cli-output.ts'), lines.join('\n') + '\n');
  // Object literals: a field the types lack is an error, as is one they miss.
  const out = await tsc('tsconfig.cli.json', ['cli-output.ts'], { lib: ['es2022'] });
  assert.equal(out.code, 0, out.stdout);
});

test('types: <which-backend> in React 19 JSX (with @types/react), wrong values rejected', async () => {
  // The repository's @types/react 19 and its one dependency, as a React
  // project would have them.
  mkdirSync(join(project, 'node_modules/@types'), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules/@types/react'), join(project, 'node_modules/@types/react'));
  symlinkSync(join(ROOT, 'node_modules/csstype'), join(project, 'node_modules/csstype'));
  // As in a Vite or Next.js project: bundler resolution, the automatic runtime.
  const react = { jsx: 'react-jsx', module: 'esnext', moduleResolution: 'bundler' };
  const good = await tsc('tsconfig.react.json', ['react.tsx', 'element.ts'], react);
  assert.equal(good.code, 0, good.stdout);
  const wrong = await tsc('tsconfig.react-wrong.json', ['react-wrong.tsx'], react);
  assert.notEqual(wrong.code, 0);
  assert.deepEqual(wrong.errors, expectedErrors(['react-wrong.tsx']), wrong.stdout);
});

test("import 'which-backend' bundled by esbuild renders a verdict in Chromium under the strict CSP; the core runs there too", async () => {
  const site = join(work, 'site');
  mkdirSync(site);
  // The element, and the core on its own beside it (its answer lands on <body>).
  writeFileSync(
    join(project, 'app.js'),
    `import 'which-backend';
import createCore from 'which-backend/core';
createCore().then((core) => {
  document.body.dataset.core = core.evaluate({ job_seconds_longest: 7200 }).recommended;
});
`,
  );
  const built = await esbuild.build({
    absWorkingDir: project,
    entryPoints: ['app.js'],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    minify: true,
    outfile: join(site, 'app.js'),
    logLevel: 'silent',
  });
  assert.deepEqual(built.warnings, []);
  assert.deepEqual(readdirSync(site), ['app.js'], 'one script, no asset beside it');
  const code = readFileSync(join(site, 'app.js'), 'utf8');
  assert.equal(code.match(/atob\(/g).length, 1, 'the element and the core share one wasm');
  writeFileSync(
    join(site, 'index.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>npm package</title>
<link rel="icon" href="data:,"><script type="module" src="app.js"></script></head><body>
<which-backend job-seconds-longest="7200">This calculator needs JavaScript.</which-backend>
</body></html>`,
  );
  const { server, url } = await listen(site);
  const browser = await launchChromium();
  try {
    const env = { url, browser };
    const { page, problems } = await open(env, 'index.html');
    const expected = JSON.parse(
      (await cli(['--set', 'job_seconds_longest=7200', '--format', 'json'])).stdout,
    );
    assert.equal(await recommended(page), expected.recommended);
    await page.waitForFunction(() => document.body.dataset.core);
    assert.equal(await page.evaluate(() => document.body.dataset.core), expected.recommended);
    const response = await page.request.get(url + 'index.html');
    assert.equal(response.headers()['content-security-policy'], CSP);
    assert.deepEqual(problems, []);
  } finally {
    await browser.close();
    await new Promise((r) => server.close(r));
  }
});
