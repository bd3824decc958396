import { test } from 'node:test';
import { readFileSync } from 'node:fs';
import assert from 'node:assert/strict';

// The README names versions a reader copies: the data set's, and the
// model's in a share link and a tarball. They drift when the data or the
// model moves and nobody rereads the front door.
const read = (path) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const readme = read('README.md');

test("the README's data version is the data file's", () => {
  const { version } = JSON.parse(read('core/data/assumptions.json'));
  const stated = readme.match(/versioned data set \(version\s+`([^`]+)`\)/);
  assert.ok(stated, 'the README states the data version');
  assert.equal(stated[1], version);
});

test("the README's share link and tarball carry the model's version", () => {
  const [, model] = read('CMakeLists.txt').match(/project\(which_backend VERSION (\S+)/);
  const links = [...readme.matchAll(/#which-backend=v([0-9.]+),/g)].map((m) => m[1]);
  const tarballs = [...readme.matchAll(/which-backend-([0-9.]+)\.tgz/g)].map((m) => m[1]);
  assert.ok(links.length > 0 && tarballs.length > 0, 'the README shows a link and a tarball');
  for (const v of [...links, ...tarballs]) assert.equal(v, model);
});
