#!/usr/bin/env node
// The npm package's size, as Markdown for BENCHMARKS.md (scripts/bench):
// the tarball `npm pack` makes of build/package, its files, and what a page
// that imports it carries once esbuild has bundled and minified it.
// Usage: node scripts/package-size.mjs [packageDir]   (build/package by default)

import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const dir = resolve(process.argv[2] || join(ROOT, 'build', 'package'));
const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
const gz = (buf) => gzipSync(buf, { level: 9 }).length;

// A path, not a bare "build/package": npm would read that as a GitHub repository.
const [pack] = JSON.parse(
  execFileSync('npm', ['pack', '--dry-run', '--json', dir], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  }),
);
const bundle = await esbuild.build({
  entryPoints: [join(dir, 'index.js')],
  bundle: true,
  format: 'esm',
  platform: 'browser',
  minify: true,
  write: false,
  logLevel: 'error',
});
const bundled = bundle.outputFiles[0].contents;

const out = [
  `\`npm pack\` of \`build/package\` (${pack.name} ${pack.version}, ${pack.entryCount} files).`,
  '',
  '| measure | size |',
  '|---|---:|',
  `| tarball \`${pack.filename}\` (gzip, as published) | ${kib(pack.size)} (${pack.size} bytes) |`,
  `| unpacked | ${kib(pack.unpackedSize)} |`,
  `| \`import 'which-backend'\` bundled and minified by esbuild | ${kib(bundled.length)} raw, ${kib(gz(bundled))} gzip -9 |`,
  '',
  '| file | raw |',
  '|---|---:|',
  ...pack.files.map((f) => `| \`${f.path}\` | ${kib(f.size)} |`),
];
console.log(out.join('\n'));
