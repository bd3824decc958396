// <which-backend>: the class only. It wires attributes, the share fragment,
// the core and the views; the behaviour lives in plain functions next to it.
// No side effects on import: define.js registers it.

import { h, replace } from './dom.js';
import { widgetSheet } from './styles.js';
import { loadCore } from './core-loader.js';
import { markOnce } from './timing.js';
import { parseHide, parseLayout, parseTheme, readPresets, toKebab } from './attributes.js';
import { buildShareUrl, decodeShare, DEFAULT_KEY, encodeShare, withEntry } from './share.js';
import { flipTarget } from './flip.js';
import { startFailure } from './failure.js';
import { readSharedLink } from './link.js';
import { inputNotice, noticeList, setupProblems, SETUP_LINE } from './notices.js';
import { buildLayout, renderResult } from './view-layout.js';
import { renderNotices } from './view-share.js';
import { cached } from './lru.js';

const LAYOUT_ATTRS = new Set(['hide', 'compact', 'layout']);

export class WhichBackendElement extends HTMLElement {
  #wrap = h('div', { class: 'wb auto' });
  #core = null;
  #inputs = {};
  #pendingScenario = null;
  #result = null;
  #inputsInvalid = false;
  #resultText = '';
  #ui = null;
  #started = false;
  #scheduled = false;
  #observer = null;
  #notices = { attrs: [], link: null, input: null };
  #noticeText = '';
  #warned = '';
  #addressTimer = 0;
  // The last few grids and cost curves, keyed by what they depend on, so
  // flipping an answer back and forth costs no core call.
  #cache = { curve: new Map(), map: new Map() };
  // The last evaluate call, so the same inputs are never evaluated twice
  // (the share link check at start-up, a layout-only attribute change).
  #evaluated = { key: '', text: '' };
  // Pictures of the current layout drawn yet? Until then they are drawn one
  // frame after the verdict (see #update); `#picturesPending` is that frame.
  #picturesDrawn = false;
  #picturesPending = false;
  #onHash = () => this.#hashChanged();

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
    return [
      ...core.schema.fields.map((f) => toKebab(f.name)),
      'hide',
      'compact',
      'theme',
      'layout',
      'share-url',
    ];
  }

  // The core's input schema (fields with labels, values, bounds, defaults).
  static async schema() {
    return structuredClone((await loadCore()).schema);
  }

  connectedCallback() {
    this.#applyTheme();
    if (!this.#observer)
      this.#observer = new MutationObserver((records) => this.#attributesChanged(records));
    this.#observer.observe(this, { attributes: true, attributeOldValue: true });
    window.addEventListener('hashchange', this.#onHash);
    if (this.#started) return;
    this.#started = true;
    loadCore().then(
      (core) => this.#init(core),
      (err) => this.#fail(err),
    );
  }

  disconnectedCallback() {
    this.#observer?.disconnect();
    window.removeEventListener('hashchange', this.#onHash);
  }

  get scenario() {
    // After invalid inputs the last good result stays on screen (marked
    // stale), but the scenario read back is what was set.
    if (this.#result && !this.#inputsInvalid)
      return structuredClone({
        ...this.#result.scenario,
        ...(this.#inputs.weights ? { weights: this.#inputs.weights } : {}),
      });
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

  // The layout attributes as properties (the attribute stays the one truth).
  get theme() {
    return parseTheme(this.getAttribute('theme')).value;
  }
  set theme(value) {
    this.setAttribute('theme', String(value));
  }
  get layout() {
    return parseLayout(this.getAttribute('layout')).value;
  }
  set layout(value) {
    this.setAttribute('layout', String(value));
  }
  get compact() {
    return this.hasAttribute('compact');
  }
  set compact(value) {
    this.toggleAttribute('compact', Boolean(value));
  }
  get hide() {
    return this.getAttribute('hide') || '';
  }
  set hide(value) {
    if (value) this.setAttribute('hide', Array.isArray(value) ? value.join(',') : String(value));
    else this.removeAttribute('hide');
  }

  // The link to these answers: the page's address, or the one the author
  // gave in share-url (the post around an iframe, a canonical address).
  get shareLink() {
    return buildShareUrl(this.getAttribute('share-url') || location.href, this.#shareEntry());
  }

  #shareEntry() {
    const schema = this.#core?.schema;
    return encodeShare(
      this.#shareKey(),
      this.scenario,
      schema?.model_version || '',
      schema?.fields || [],
    );
  }

  // The address bar follows the reader's answers (a reload keeps them),
  // a moment after the last change so typing does not flood the history
  // entry; the rest of the fragment is left as it was.
  #followInAddressBar() {
    clearTimeout(this.#addressTimer);
    this.#addressTimer = setTimeout(() => {
      if (!this.#result || this.#inputsInvalid || !this.isConnected) return;
      const next = withEntry(location.href, this.#shareKey(), this.#shareEntry());
      if (next !== location.href) history.replaceState(history.state, '', next);
    }, 300);
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
    // One pass over the attributes gives both the presets and their errors.
    const presets = readPresets(fields, (a) => this.getAttribute(a));
    if (this.#pendingScenario) {
      this.#inputs = this.#pendingScenario;
      this.#pendingScenario = null;
    } else {
      this.#inputs = presets.scenario;
      this.#readLink();
    }
    this.#readAttributeErrors(fields, presets.errors);
    this.#build();
    markOnce('built');
    this.#schedule();
  }

  // Setup mistakes are for the blogger: each goes to the console naming the
  // attribute and the fix; readers see one quiet line.
  #readAttributeErrors(fields, errors = readPresets(fields, (a) => this.getAttribute(a)).errors) {
    const out = setupProblems(fields, errors, (a) => this.getAttribute(a));
    const key = out.join('\n');
    if (key && key !== this.#warned)
      for (const line of out) console.warn(`<which-backend>: ${line}`);
    this.#warned = key;
    this.#notices.attrs = out.length ? [SETUP_LINE] : [];
  }

  // A share link in the fragment wins over attribute presets. A broken or
  // invalid one is reported and the presets are used instead.
  #readLink(fallback = 'Showing the starting answers instead.') {
    const read = readSharedLink({
      shared: decodeShare(
        location.hash,
        this.#shareKey(),
        this.#core.schema.fields,
        this.#core.schema.weights,
      ),
      evaluate: (key) => this.#core.module.evaluate(key),
      labelOf: (input) => this.#labelOf(input),
      currentVersion: this.#core.schema.model_version,
      fallback,
    });
    if (!read) return false;
    this.#notices.link = read.notice;
    if (read.scenario) {
      this.#inputs = read.scenario;
      this.#evaluated = read.evaluated;
    }
    return true;
  }

  // A new fragment (the reader pasted a share link into the address bar of
  // an open page, or followed an in-page link to one) is read like the one
  // at load. A fragment without this widget's key leaves the answers alone.
  #hashChanged() {
    if (!this.#core || !this.#ui) return;
    if (this.#readLink('The answers on screen were kept.')) this.#schedule();
  }

  #attributesChanged(records) {
    if (!this.#core) return;
    // An attribute set to the value it already had changes nothing.
    const names = new Set(
      records
        .filter((r) => r.oldValue !== this.getAttribute(r.attributeName))
        .map((r) => r.attributeName),
    );
    if (!names.size) return;
    if (names.has('theme') || names.has('compact')) this.#applyTheme();
    const fields = this.#core.schema.fields;
    const preset = readPresets(fields, (a) => (names.has(a) ? this.getAttribute(a) : null));
    Object.assign(this.#inputs, preset.scenario);
    for (const f of fields)
      if (names.has(toKebab(f.name)) && !this.hasAttribute(toKebab(f.name)))
        delete this.#inputs[f.name];
    this.#readAttributeErrors(fields);
    if ([...names].some((n) => LAYOUT_ATTRS.has(n))) this.#build();
    this.#schedule();
  }

  #build() {
    const { schema } = this.#core;
    this.#noticeText = '';
    this.#ui = buildLayout(
      this.#wrap,
      schema,
      {
        compact: this.hasAttribute('compact'),
        full: parseLayout(this.getAttribute('layout')).value === 'full',
        hidden: parseHide(this.getAttribute('hide'), schema.fields).hidden,
      },
      {
        onAnswer: (name, value) => {
          this.#inputs[name] = value;
          this.#changedByReader();
        },
        onWeight: (name, value) => {
          this.#setWeight(name, value);
          this.#changedByReader();
        },
        onWeightsReset: () => {
          delete this.#inputs.weights;
          this.#changedByReader();
        },
        onPicturesShown: () => this.#showPictures(),
        getShareLink: () => this.shareLink,
        getAdr: () => this.#core.module.adr(JSON.stringify(this.#inputs)),
        getPlatforms: () => this.#core.platforms,
      },
    );
    this.#picturesDrawn = false;
    this.#result = null;
  }

  // One weight changed; the others stay as the reader or the stage set them.
  #setWeight(name, value) {
    this.#inputs.weights = { ...(this.#inputs.weights || this.#result?.weights), [name]: value };
  }

  // A change the reader made: evaluate, and let the address bar follow.
  #changedByReader() {
    this.#schedule();
    this.#followInAddressBar();
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
    const key = JSON.stringify(this.#inputs);
    const text = key === this.#evaluated.key ? this.#evaluated.text : module.evaluate(key);
    markOnce('evaluated');
    this.#evaluated = { key, text };
    const out = JSON.parse(text);
    this.#inputsInvalid = Boolean(out.errors);
    if (out.errors) {
      this.#showErrors(out.errors);
      return;
    }
    this.#notices.input = null;
    this.#wrap.classList.remove('stale');
    ui.questions?.errors({});
    this.#result = out;
    renderResult(ui, out, schema, {
      ownWeights: !!this.#inputs.weights,
      onFlip: (f) => this.#moveTo(f),
    });
    if (ui.questions) {
      // The pictures are drawn only while their panel is open. The first
      // time, they are drawn one frame later (after the verdict has been
      // painted), so the first verdict never waits for the grid and its SVG.
      // Later updates draw them here, synchronously with the input event:
      // with the grid and curve cached and the SVG updated in place that
      // costs little, and the benchmark (scripts/bench-browser.mjs, with
      // layout="full") measures an update with both pictures on.
      const showing = ui.picturesPanel.open;
      if (showing && this.#picturesDrawn) this.#renderCharts(out);
      else {
        this.#picturesDrawn = false;
        if (showing) {
          const { costChart, map } = ui.pictures();
          costChart.update(null, out);
          map.update(null, out);
        }
        this.#deferPictures();
      }
    }
    this.#renderNotices(out.warnings || []);
    markOnce('rendered');
    if (text !== this.#resultText) {
      this.#resultText = text;
      this.dispatchEvent(
        new CustomEvent('which-backend-change', { bubbles: true, composed: true, detail: out }),
      );
    }
  }

  // After the next paint (requestAnimationFrame runs before that frame's
  // paint, the timeout it queues runs after it): the sources list, and the
  // pictures when their panel is open.
  #deferPictures() {
    if (this.#picturesPending) return;
    this.#picturesPending = true;
    requestAnimationFrame(() =>
      setTimeout(() => {
        this.#picturesPending = false;
        const ui = this.#ui;
        if (!ui?.picturesPanel || !this.#result) return;
        ui.about.fill();
        if (ui.picturesPanel.open) this.#showPictures();
      }),
    );
  }

  // Called as the panel opens (view-layout.js), maybe twice for one opening.
  #showPictures() {
    if (!this.#result || this.#picturesDrawn) return;
    this.#picturesDrawn = true;
    this.#renderCharts(this.#result);
  }

  #showErrors(errors) {
    const byField = {};
    for (const e of errors) byField[e.field] = e.message;
    this.#ui.questions?.errors(byField);
    this.#wrap.classList.toggle('stale', !!this.#result);
    this.#notices.input = inputNotice(errors, (f) => this.#labelOf(f), !!this.#result);
    this.#renderNotices([]);
    if (!this.#result)
      this.#ui.answer.showError('No answer yet: one of the answers is out of range.');
  }

  #renderNotices(warnings) {
    const list = noticeList(this.#notices);
    const cautions = this.#ui.cautions ? warnings.map(String) : [];
    const key = JSON.stringify([list, cautions]);
    if (key === this.#noticeText) return;
    this.#noticeText = key;
    renderNotices(this.#ui.notices, list);
    if (this.#ui.cautions) {
      replace(
        this.#ui.cautions,
        cautions.map((text) => h('li', {}, text)),
      );
      this.#ui.cautionsSection.hidden = cautions.length === 0;
    }
  }

  // The schema entry an input in an error or a flip point names: a weight
  // (the core writes "<weight_input_prefix><name>") or a scenario field.
  #inputOf(input) {
    const { schema } = this.#core;
    const prefix = schema.weight_input_prefix;
    if (input.startsWith(prefix)) {
      const weight = schema.weights.find((w) => w.name === input.slice(prefix.length));
      if (weight) return { weight, name: weight.name };
    }
    return { field: schema.fields.find((f) => f.name === input), name: input };
  }

  #labelOf(input) {
    const { weight, field } = this.#inputOf(input);
    return weight ? `Weight on ${weight.label.toLowerCase()}` : field?.label;
  }

  // A click on a flip point moves that input just past the flip and puts the
  // keyboard focus on it, so the reader sees what moved.
  #moveTo(flip) {
    const { weight, field, name } = this.#inputOf(flip.input);
    const value = flipTarget(
      flip,
      weight ? { type: 'number', min: weight.min, max: weight.max } : field,
    );
    if (weight) this.#setWeight(name, value);
    else this.#inputs[name] = value;
    this.#changedByReader();
    const target = this.shadowRoot.querySelector(`[name="${name}"]`);
    if (target) {
      const more = target.closest('details');
      if (more) more.open = true;
      target.focus();
    }
  }

  // The decision map does not depend on the reader's own values of its two
  // axes, only its marker does: its grid is cached under the scenario without
  // them (the core clamps any field that must stay below an axis field to
  // each cell). The cost curve likewise does not depend on its axis field,
  // nor on the weights. The views redraw only when handed a new array.
  #renderCharts(out) {
    const { module, schema } = this.#core;
    const ui = this.#ui;
    const { cost_curve: cost, decision_map: map } = schema.charts;
    const base = { ...out.scenario, weights: out.weights };
    // The binding returns copies, safe to keep in the cache.
    const curve = cached(this.#cache.curve, { ...base, [cost.axis.field]: 0, weights: 0 }, () =>
      module.costCurve(JSON.stringify(base), JSON.stringify(cost.axis)),
    );
    const grid = cached(this.#cache.map, { ...base, [map.x.field]: 0, [map.y.field]: 0 }, () =>
      module.decisionGrid(JSON.stringify(base), JSON.stringify({ x: map.x, y: map.y })),
    );
    const views = ui.pictures();
    views.costChart.update(curve, out);
    views.map.update(grid, out);
  }

  #fail(err) {
    const { reader, author } = startFailure(err);
    console.error(author);
    replace(
      this.#wrap,
      h('p', { class: 'notice bad', role: 'alert' }, reader),
      h('div', {}, h('slot')),
    );
  }
}
