#!/usr/bin/env node
// A small static server for build/site with the strict policy the README names.
// Usage: node scripts/serve-static.mjs [rootDir]   (PORT overrides 8080)
// Binds 127.0.0.1 only. Also imported by the browser tests and the
// benchmark (listen), so all three serve the site the same way.

import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

export const CSP =
  "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:";
// The split build fetches its .wasm, which `default-src 'none'` forbids; its
// pages alone get `connect-src 'self'` (see web/README.md).
const SPLIT_CSP = `${CSP}; connect-src 'self'`;

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.md': 'text/markdown; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

function createStaticServer(rootDir) {
  const root = resolve(rootDir);
  return createServer(async (req, res) => {
    const send = (code, headers, body) => {
      res.writeHead(code, { 'X-Content-Type-Options': 'nosniff', ...headers });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD')
      return send(405, { 'Content-Type': 'text/plain' }, 'method not allowed');
    let path;
    try {
      path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    } catch {
      return send(400, { 'Content-Type': 'text/plain' }, 'bad request');
    }
    if (path.endsWith('/')) path += 'index.html';
    const file = normalize(join(root, path));
    if (file !== root && !file.startsWith(root + sep))
      return send(403, { 'Content-Type': 'text/plain' }, 'forbidden');
    try {
      if (!(await stat(file)).isFile()) throw new Error('not a file');
      let body = await readFile(file);
      const headers = {
        'Content-Type': TYPES[extname(file)] || 'application/octet-stream',
        'Content-Security-Policy': path.startsWith('/split/') ? SPLIT_CSP : CSP,
        'Cache-Control': 'no-cache',
        // A blog on another origin loads which-backend.js as a module script,
        // which browsers fetch with CORS; public static hosts send this too.
        'Access-Control-Allow-Origin': '*',
      };
      // gzip like any static host, so the benchmark measures real transfer.
      if (
        /\bgzip\b/.test(req.headers['accept-encoding'] || '') &&
        /text|javascript|wasm|svg|json/.test(headers['Content-Type'])
      ) {
        body = gzipSync(body);
        headers['Content-Encoding'] = 'gzip';
        headers.Vary = 'Accept-Encoding';
      }
      headers['Content-Length'] = body.length;
      send(200, headers, body);
    } catch {
      send(
        404,
        { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Security-Policy': CSP },
        'not found',
      );
    }
  });
}

// Resolves to { server, url } once listening on a loopback port.
export function listen(rootDir, port = 0) {
  const server = createStaticServer(rootDir);
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () =>
      ok({ server, url: `http://127.0.0.1:${server.address().port}/` }),
    );
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root =
    process.argv[2] || join(fileURLToPath(new URL('..', import.meta.url)), 'build', 'site');
  const port = Number(process.env.PORT || 8080);
  listen(root, port).then(
    ({ url }) => console.log(`Serving ${root} at ${url}`),
    (e) => {
      console.error(`serve-static: ${e.message}`);
      process.exit(1);
    },
  );
}
