// <which-backend>: the class only. It wires attributes, the share fragment,
// the core and the views; the behaviour lives in plain functions next to it.
// No side effects on import: define.js registers it.

import { h, replace, uid } from './dom.js';
import { widgetSheet } from './styles.js';
import { loadCore } from './core-loader.js';
import { parseHide, parseTheme, readPresets, toKebab } from './attributes.js';
import { buildShareUrl, decodeShare, DEFAULT_KEY } from './share.js';
import { flipTarget } from './flip.js';
import { buildQuestions } from './view-questions.js';
import { renderCandidates, renderFlips, renderTable, renderVerdict } from './view-results.js';
import { buildWeights } from './view-weights.js';
import { COST_AXIS, MAP_AXES, renderCostChart, renderDecisionMap } from './view-charts.js';
import { buildAbout, buildShare, renderNotices } from './view-share.js';

const LAYOUT_ATTRS = new Set(['hide', 'compact']);

export class WhichBackendElement extends HTMLElement {
  #wrap = h('div', { class: 'wb auto' });
  #core = null;
  #inputs = {};
  #pendingScenario = null;
  #result = null;
  #resultText = '';
  #ui = null;
  #started = false;
  #scheduled = false;
  #observer = null;
  #notices = { attrs: [], link: null, input: null };
  #noticeText = '';
  #cache = { curveKey: '', curve: null, mapKey: '', map: null };

  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [widgetSheet()];
    // While the core loads, the author's fallback content stays visible in a
    // box of reserved height, so the page does not jump twice.
    this.#wrap.append(h('div', { class: 'loading', part: 'loading' }, h('slot')));
    root.append(this.#wrap);
  }

  // Attribute names a page may set: every scenario field in kebab-case plus
  // the layout ones. Used by embed.html to turn query parameters into presets.
  static async presetAttributes() {
    const core = await loadCore();
    return [...core.schema.fields.map((f) => toKebab(f.name)), 'hide', 'compact', 'theme'];
  }

  connectedCallback() {
    this.#applyTheme();
    if (!this.#observer) this.#observer = new MutationObserver((records) => this.#attributesChanged(records));
    this.#observer.observe(this, { attributes: true });
    if (this.#started) return;
    this.#started = true;
    loadCore().then(
      (core) => this.#init(core),
      (err) => this.#fail(err),
    );
  }

  disconnectedCallback() {
    this.#observer?.disconnect();
  }

  get scenario() {
    if (this.#result) return structuredClone({ ...this.#result.scenario, ...(this.#inputs.weights ? { weights: this.#inputs.weights } : {}) });
    return structuredClone(this.#pendingScenario || this.#inputs);
  }

  set scenario(value) {
    const next = value && typeof value === 'object' ? structuredClone(value) : {};
    if (!this.#core) {
      this.#pendingScenario = next;
      return;
    }
    this.#inputs = next;
    this.#notices.link = null;
    this.#schedule();
  }

  get result() {
    return this.#result;
  }

  get shareLink() {
    const version = this.#core ? this.#core.schema.model_version : '';
    return buildShareUrl(location.href, this.#shareKey(), this.scenario, version);
  }

  // The fragment key: the widget's id, or "which-backend" for the first
  // widget without one (then "which-backend-2", … in document order).
  #shareKey() {
    if (this.id) return this.id;
    const anonymous = [...document.querySelectorAll('which-backend:not([id])')];
    const i = anonymous.indexOf(this);
    return i <= 0 ? DEFAULT_KEY : `${DEFAULT_KEY}-${i + 1}`;
  }

  #applyTheme() {
    const theme = parseTheme(this.getAttribute('theme'));
    this.#wrap.classList.remove('auto', 'light', 'dark');
    this.#wrap.classList.add(theme.value);
    this.#wrap.classList.toggle('compact', this.hasAttribute('compact'));
  }

  #init(core) {
    this.#core = core;
    const fields = core.schema.fields;
    if (this.#pendingScenario) {
      this.#inputs = this.#pendingScenario;
      this.#pendingScenario = null;
    } else {
      this.#inputs = this.#readAttributes();
      this.#readLink();
    }
    this.#readAttributeErrors(fields);
    this.#build();
    this.#schedule();
  }

  #readAttributes() {
    const { scenario } = readPresets(this.#core.schema.fields, (a) => this.getAttribute(a));
    return scenario;
  }

  #readAttributeErrors(fields) {
    const { errors } = readPresets(fields, (a) => this.getAttribute(a));
    const out = errors.map((e) => `The attribute ${e.attribute}="${e.value}" was ignored: it ${e.message}.`);
    const hide = parseHide(this.getAttribute('hide'), fields);
    if (hide.unknown.length) out.push(`The attribute hide names questions that do not exist: ${hide.unknown.join(', ')}.`);
    const theme = parseTheme(this.getAttribute('theme'));
    if (theme.error) out.push(`The attribute theme="${this.getAttribute('theme')}" was ignored: it ${theme.error}.`);
    this.#notices.attrs = out;
  }

  // A share link in the fragment wins over attribute presets. A broken or
  // invalid one is reported and the presets are used instead.
  #readLink() {
    const shared = decodeShare(location.hash, this.#shareKey());
    if (!shared) return;
    const fallback = 'Showing the starting answers instead.';
    if (shared.error) {
      this.#notices.link = { bad: true, text: `The shared link could not be read: ${shared.error}. ${fallback}` };
      return;
    }
    const check = JSON.parse(this.#core.module.evaluate(JSON.stringify(shared.scenario)));
    if (check.errors) {
      const fieldsNamed = check.errors.map((e) => `${e.field} (${e.message})`).join('; ');
      this.#notices.link = { bad: true, text: `The shared link holds answers this calculator cannot use: ${fieldsNamed}. ${fallback}` };
      return;
    }
    this.#inputs = shared.scenario;
    const current = this.#core.schema.model_version;
    if (shared.modelVersion !== current) {
      const made = shared.modelVersion ? `version ${shared.modelVersion}` : 'an unknown version';
      this.#notices.link = { text: `This link was made with ${made} of the model; this is version ${current}, so the answer may differ from the one that was shared.` };
    }
  }

  #attributesChanged(records) {
    if (!this.#core) return;
    const names = new Set(records.map((r) => r.attributeName));
    if (names.has('theme') || names.has('compact')) this.#applyTheme();
    const fields = this.#core.schema.fields;
    const preset = readPresets(fields, (a) => (names.has(a) ? this.getAttribute(a) : null));
    Object.assign(this.#inputs, preset.scenario);
    for (const f of fields) if (names.has(toKebab(f.name)) && !this.hasAttribute(toKebab(f.name))) delete this.#inputs[f.name];
    this.#readAttributeErrors(fields);
    if ([...names].some((n) => LAYOUT_ATTRS.has(n))) this.#build();
    this.#schedule();
  }

  #build() {
    const { schema, platforms } = this.#core;
    const compact = this.hasAttribute('compact');
    const nameOf = (id) => schema.candidates.find((c) => c.id === id)?.name || id;
    const notices = h('div', { part: 'notices' });
    const verdict = h('p', { class: 'verdict', part: 'verdict', 'aria-live': 'polite' });
    this.#noticeText = '';
    const ui = { notices, verdict, nameOf };
    if (compact) {
      replace(this.#wrap, notices, verdict);
      this.#ui = ui;
      return;
    }
    const hidden = parseHide(this.getAttribute('hide'), schema.fields).hidden;
    ui.questions = buildQuestions(schema, hidden, (name, value) => {
      this.#inputs[name] = value;
      this.#schedule();
    });
    ui.weights = buildWeights(
      schema,
      (name, value) => {
        this.#inputs.weights = { ...(this.#inputs.weights || this.#result?.weights), [name]: value };
        this.#schedule();
      },
      () => {
        delete this.#inputs.weights;
        this.#schedule();
      },
    );
    ui.candidates = h('ol', { class: 'cands', part: 'candidates' });
    ui.table = h('div', { class: 'scroll', part: 'table', tabindex: '0', role: 'region', 'aria-label': 'Comparison table' });
    ui.flips = h('div', { part: 'flips' });
    ui.costChart = h('figure', { part: 'cost-chart' });
    ui.map = h('figure', { part: 'decision-map' });
    ui.chartIds = { cost: { title: uid('ct'), desc: uid('cd') }, map: { title: uid('mt'), desc: uid('md') } };
    ui.share = buildShare({ getLink: () => this.shareLink, getAdr: () => this.#core.module.adr(JSON.stringify(this.#inputs)) });
    replace(
      this.#wrap,
      notices,
      verdict,
      h(
        'div',
        { class: 'grid' },
        ui.questions.el,
        h('section', { class: 'results', part: 'results' }, h('h2', {}, 'The five candidates'), ui.candidates),
      ),
      h('section', { class: 'results' }, h('h2', {}, 'Side by side'), ui.table),
      h('section', { class: 'results' }, h('h2', {}, 'What would change the answer'), ui.flips),
      ui.weights.el,
      h('section', { class: 'results' }, h('h2', {}, 'Pictures'), h('div', { class: 'figures' }, ui.costChart, ui.map)),
      ui.share.el,
      buildAbout(schema, platforms),
    );
    this.#ui = ui;
    this.#cache = { curveKey: '', curve: null, mapKey: '', map: null };
    this.#result = null;
  }

  // Every change lands here; renders are collapsed into one microtask so a
  // burst of changes (a preset, several attributes) evaluates once.
  #schedule() {
    if (this.#scheduled || !this.#core) return;
    this.#scheduled = true;
    queueMicrotask(() => {
      this.#scheduled = false;
      this.#update();
    });
  }

  #update() {
    const { module, schema } = this.#core;
    const ui = this.#ui;
    const text = module.evaluate(JSON.stringify(this.#inputs));
    const out = JSON.parse(text);
    if (out.errors) {
      this.#showErrors(out.errors);
      return;
    }
    this.#notices.input = null;
    this.#wrap.classList.remove('stale');
    ui.questions?.errors({});
    this.#result = out;
    const candidates = schema.candidates;
    const indexOf = (id) => candidates.findIndex((c) => c.id === id);
    renderVerdict(ui.verdict, out, ui.nameOf);
    if (ui.questions) {
      ui.questions.set(out.scenario);
      ui.weights.set(out.weights, !!this.#inputs.weights);
      renderCandidates(ui.candidates, out, indexOf);
      renderTable(ui.table, out, candidates);
      renderFlips(ui.flips, out, (name) => this.#labelOf(name), ui.nameOf, (f) => this.#moveTo(f));
      this.#renderCharts(out);
      ui.share.update();
    }
    this.#renderNotices(out.warnings || []);
    if (text !== this.#resultText) {
      this.#resultText = text;
      this.dispatchEvent(new CustomEvent('which-backend-change', { bubbles: true, composed: true, detail: out }));
    }
  }

  #showErrors(errors) {
    const byField = {};
    for (const e of errors) byField[e.field] = e.message;
    this.#ui.questions?.errors(byField);
    this.#wrap.classList.toggle('stale', !!this.#result);
    const list = errors.map((e) => `${this.#labelOf(e.field) || e.field}: ${e.message}`).join('; ');
    this.#notices.input = {
      bad: true,
      text: this.#result ? `Check this answer: ${list}. The results below are for your last valid answers.` : `Check this answer: ${list}.`,
    };
    this.#renderNotices([]);
    if (!this.#result) replace(this.#ui.verdict, 'No answer yet: one of the inputs is out of range.');
  }

  #renderNotices(warnings) {
    const n = this.#notices;
    const list = [
      ...n.attrs.map((text) => ({ bad: true, text })),
      ...(n.link ? [n.link] : []),
      ...(n.input ? [n.input] : []),
      ...warnings.map((text) => ({ text: String(text) })),
    ];
    const key = JSON.stringify(list);
    if (key === this.#noticeText) return;
    this.#noticeText = key;
    renderNotices(this.#ui.notices, list);
  }

  #labelOf(name) {
    const { schema } = this.#core;
    return (schema.fields.find((f) => f.name === name) || schema.weights.find((w) => w.name === name))?.label;
  }

  // A click on a flip point moves that input just past the flip and puts the
  // keyboard focus on it, so the reader sees what moved.
  #moveTo(flip) {
    const { schema } = this.#core;
    const weight = schema.weights.find((w) => w.name === flip.input);
    const field = weight ? { type: 'number', min: weight.min, max: weight.max } : schema.fields.find((f) => f.name === flip.input);
    const value = flipTarget(flip, field);
    if (weight) this.#inputs.weights = { ...(this.#inputs.weights || this.#result.weights), [flip.input]: value };
    else this.#inputs[flip.input] = value;
    this.#update();
    const target = this.shadowRoot.querySelector(`[name="${flip.input}"]`);
    if (target) {
      const more = target.closest('details');
      if (more) more.open = true;
      target.focus();
    }
  }

  #renderCharts(out) {
    const { module, schema } = this.#core;
    const ui = this.#ui;
    const base = { ...out.scenario, weights: out.weights };
    const curveKey = JSON.stringify({ ...base, monthly_requests: 0, weights: 0 });
    if (curveKey !== this.#cache.curveKey) {
      // Copy: the binding may hand back a view on WebAssembly memory.
      this.#cache.curve = Float64Array.from(module.costCurve(JSON.stringify(base), JSON.stringify(COST_AXIS)));
      this.#cache.curveKey = curveKey;
    }
    const mapKey = JSON.stringify({ ...base, monthly_requests: 0, job_seconds_longest: 0 });
    if (mapKey !== this.#cache.mapKey) {
      this.#cache.map = Uint8Array.from(module.decisionGrid(JSON.stringify(base), JSON.stringify(MAP_AXES)));
      this.#cache.mapKey = mapKey;
    }
    renderCostChart(ui.costChart, ui.chartIds.cost, this.#cache.curve, out, schema.candidates);
    renderDecisionMap(ui.map, ui.chartIds.map, this.#cache.map, out, schema.candidates);
  }

  #fail(err) {
    const reason = err && err.message ? err.message : String(err);
    replace(
      this.#wrap,
      h('p', { class: 'notice bad', role: 'alert' }, `The calculator could not start: ${reason}.`),
      h('div', {}, h('slot')),
    );
  }
}
