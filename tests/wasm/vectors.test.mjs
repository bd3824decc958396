// Every shared vector under tests/vectors/, run against the WebAssembly
// module with the same expectations as tests/vectors_test.cpp. Vectors with
// a "known_issue" run as todo: reported, not failing.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';

import { inputText, loadModule, vectorFiles, vectorsDir } from './helpers.mjs';

const wb = await loadModule();

function checkContract(r) {
  assert.equal(r.candidates.length, 6);
  assert.equal(r.candidates.filter((c) => c.verdict === 'recommended').length, 1);
  assert.equal(r.candidates[0].id, r.recommended);
  for (const c of r.candidates) {
    if (c.verdict === 'ruled_out')
      assert.ok(
        c.reasons.some((x) => x.effect === 'rules_out'),
        c.id,
      );
    for (const x of c.reasons) assert.ok(x.text.length > 0);
  }
}

const byId = (r, id) => r.candidates.find((c) => c.id === id);
const effects = (c) => Object.fromEntries(c.reasons.map((x) => [x.rule, x.effect]));
const ruledOut = (r) =>
  r.candidates
    .filter((c) => c.verdict === 'ruled_out')
    .map((c) => c.id)
    .sort();

function checkResult(text, e, r) {
  checkContract(r);
  if (e.recommended) assert.equal(r.recommended, e.recommended);
  // The golden set names every candidate a hard limit must rule out, exactly.
  if (e.ruled_out) assert.deepEqual(ruledOut(r), [...e.ruled_out].sort());
  for (const id of e.not_ruled_out ?? []) assert.ok(!ruledOut(r).includes(id), id);
  for (const [id, v] of Object.entries(e.verdicts ?? {})) assert.equal(byId(r, id).verdict, v, id);
  for (const [id, v] of Object.entries(e.not_verdicts ?? {}))
    assert.notEqual(byId(r, id).verdict, v, id);
  for (const [id, rules] of Object.entries(e.reason_rules ?? {}))
    for (const rule of rules) assert.ok(rule in effects(byId(r, id)), `${id} ${rule}`);
  for (const [id, rules] of Object.entries(e.reason_effects ?? {}))
    for (const [rule, effect] of Object.entries(rules))
      assert.equal(effects(byId(r, id))[rule], effect, `${id} ${rule}`);
  for (const [id, rules] of Object.entries(e.absent_rules ?? {}))
    for (const rule of rules) assert.ok(!(rule in effects(byId(r, id))), `${id} ${rule}`);
  for (const [id, rules] of Object.entries(e.reason_text_contains ?? {}))
    for (const [rule, parts] of Object.entries(rules)) {
      const t = byId(r, id).reasons.find((x) => x.rule === rule)?.text ?? '';
      for (const p of parts) assert.ok(t.includes(p), `${id} ${rule}: "${t}" lacks "${p}"`);
    }
  const order = r.candidates.map((c) => c.id);
  for (const [a, b] of e.score_order ?? [])
    assert.ok(order.indexOf(a) < order.indexOf(b), `${a} before ${b}`);
  if (e.weights) assert.deepEqual(r.weights, e.weights);
  for (const w of e.warnings_contain ?? [])
    assert.ok(
      r.warnings.some((x) => x.includes(w)),
      w,
    );
  if (e.across) {
    const base = JSON.parse(text);
    let changed = false;
    for (const value of e.across.values) {
      const v = JSON.parse(wb.evaluate(JSON.stringify({ ...base, [e.across.field]: value })));
      checkContract(v);
      if (e.across.same_ruled_out) assert.deepEqual(ruledOut(v), ruledOut(r), String(value));
      for (const c of v.candidates) if (byId(r, c.id).score !== c.score) changed = true;
    }
    if (e.across.scores_change) assert.ok(changed);
  }
  assert.ok(wb.adr(text).includes(`Chosen option: "${byId(r, r.recommended).name}"`));
}

function checkErrors(text, e, out) {
  assert.ok(Array.isArray(out.errors), 'errors');
  assert.ok(!('recommended' in out));
  const fields = out.errors.map((x) => x.field);
  for (const f of e.errors) assert.ok(fields.includes(f), `${f} not in ${JSON.stringify(fields)}`);
  for (const x of out.errors) assert.ok(x.message.length > 0);
  if (e.message_contains) assert.ok(out.errors.some((x) => x.message.includes(e.message_contains)));
  assert.equal(wb.adr(text), '');
}

for (const file of vectorFiles()) {
  const v = JSON.parse(fs.readFileSync(file, 'utf8'));
  const name = path.relative(vectorsDir, file);
  const options = v.known_issue ? { todo: v.known_issue } : {};
  test(`${name}: ${v.name}`, options, () => {
    const text = inputText(v);
    const outText = wb.evaluate(text);
    assert.ok(outText.endsWith('\n'));
    const out = JSON.parse(outText);
    if (v.expect.errors) checkErrors(text, v.expect, out);
    else checkResult(text, v.expect, out);
    assert.equal(wb.evaluate(text), outText, 'deterministic');
    // After any input, bad ones included, the module still answers.
    assert.equal(JSON.parse(wb.evaluate('{}')).recommended, 'nextjs_server_actions');
  });
}
