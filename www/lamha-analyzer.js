// <lamha-analyzer>: paste or type an Arabic article and see, as you type,
// who is named (people, organisations, places, dates), where the places are,
// and who said what. Everything runs in the page; nothing is sent anywhere.
//
//   <script type="module" src=".../www/lamha-analyzer.js"></script>
//   <lamha-analyzer text="..." persist="my-key"></lamha-analyzer>
//
// Attributes: `text` (the text to analyse), `src` (a same-origin URL of a
// text to show when there is none), `persist` (a localStorage key that keeps
// the user's text across reloads), `lang` ("ar" or "en": the interface
// language), `theme` ("light" or "dark"; otherwise the system's).
// Property `text`, read-only `analysis`; methods `analyze()`,
// `showAnalysis(text, analysis)`, `exportJSON()`, `exportCSV()`,
// `highlightedHTML()`, `copyHTML()`. Event `lamha-analyzed` (detail:
// { text, analysis }) after each analysis is shown.
import { WORKER_THRESHOLD, analyzeInWorker, analyzeNow, ready } from './engine.js';
import {
  TextView, analysisCSV, canonicalName, entityKey, highlightedHTML, speakerKey, speakerName,
} from './render.js';
import { STYLES } from './styles.js';
import { TextEditor } from './editor.js';
import { COUNTRIES, MAP_SCALE } from '../pkg/world-map.js';

const CATEGORIES = ['PER', 'ORG', 'LOC', 'DATE', 'QUOTE'];
/** How many rows a side panel lists before saying how many more there are. */
const PANEL_ROWS = 150;
/** How long a slice of rendering a long text may hold the page, in ms. */
const RENDER_SLICE_MS = 8;
/**
 * A long text is analysed once typing pauses this long (ms): each analysis
 * of one keeps a core busy and its result costs the page a parse and a
 * redraw, which keystrokes would wait behind.
 */
const PAUSE_MS = 150;

const STRINGS = {
  ar: {
    PER: 'شخص', ORG: 'منظمة', LOC: 'مكان', DATE: 'تاريخ', QUOTE: 'اقتباس',
    legend: 'الفئات', explain: 'الأزرق للأشخاص، والأصفر الذهبي للمنظمات، والأخضر للأماكن، والوردي للتواريخ، والخط البرتقالي المتقطع تحت الاقتباسات. اضغط فئة لإخفائها أو إظهارها.',
    input: 'الصق مقالًا أو اكتب هنا', placeholder: 'الصق مقالًا عربيًا هنا…', view: 'النص مع الإبراز',
    entities: 'الكيانات', quotes: 'من قال ماذا', places: 'الأماكن',
    json: 'JSON', csv: 'CSV', copy: 'نسخ HTML', copied: 'نُسخ النص المبرز.', copyFailed: 'تعذر النسخ.',
    exportJSON: 'تصدير التحليل بصيغة JSON', exportCSV: 'تصدير التحليل بصيغة CSV', copyTitle: 'نسخ النص المبرز بصيغة HTML',
    language: 'English', languageTitle: 'Switch to English', dark: 'داكن', light: 'فاتح', themeTitle: 'تبديل السمة',
    sample: 'نص المثال', clear: 'مسح',
    loading: 'جارٍ تحميل المحلل…', analysing: 'جارٍ التحليل…',
    summary: (e, q, ms) => `الكيانات: ${e} · الاقتباسات: ${q}${ms === null ? '' : ` · ${ms} مللي ثانية`}`,
    failed: (message) => `تعذر التحليل: ${message}`,
    none: 'لا شيء بعد.', more: (n) => `و${n} غيرها`, mentions: (n) => `${n} مرة`,
    unknownSpeaker: 'قائل غير معروف', direct: 'اقتباس مباشر', reported: 'اقتباس منقول',
    name: 'الاسم', country: 'البلد', separator: '، ', speaker: 'القائل', inQuote: 'ضمن اقتباس من', map: 'خريطة الأماكن المذكورة',
    kinds: { country: 'بلد', state: 'ولاية أو إقليم', city: 'مدينة', region: 'منطقة', continent: 'قارة', water: 'مسطح مائي', landmark: 'معلم' },
  },
  en: {
    PER: 'Person', ORG: 'Organisation', LOC: 'Place', DATE: 'Date', QUOTE: 'Quote',
    legend: 'Categories', explain: 'Blue marks people, golden yellow organisations, green places, pink dates; an orange dashed underline marks quotes. Press a category to hide or show it.',
    input: 'Paste an article or type here', placeholder: 'Paste an Arabic article here…', view: 'Highlighted text',
    entities: 'Entities', quotes: 'Who said what', places: 'Places',
    json: 'JSON', csv: 'CSV', copy: 'Copy HTML', copied: 'The highlighted text was copied.', copyFailed: 'Could not copy.',
    exportJSON: 'Export the analysis as JSON', exportCSV: 'Export the analysis as CSV', copyTitle: 'Copy the highlighted text as HTML',
    language: 'العربية', languageTitle: 'التبديل إلى العربية', dark: 'Dark', light: 'Light', themeTitle: 'Switch theme',
    sample: 'Sample text', clear: 'Clear',
    loading: 'Loading the analyser…', analysing: 'Analysing…',
    summary: (e, q, ms) => `Entities: ${e} · quotes: ${q}${ms === null ? '' : ` · ${ms} ms`}`,
    failed: (message) => `Could not analyse: ${message}`,
    none: 'Nothing yet.', more: (n) => `and ${n} more`, mentions: (n) => `${n}×`,
    unknownSpeaker: 'Unknown speaker', direct: 'Direct quote', reported: 'Reported quote',
    name: 'Name', country: 'Country', separator: ', ', speaker: 'Speaker', inQuote: 'In a quote by', map: 'Map of the places named',
    kinds: { country: 'country', state: 'state or province', city: 'city', region: 'region', continent: 'continent', water: 'body of water', landmark: 'landmark' },
  },
};

const SVG = 'http://www.w3.org/2000/svg';

/** Creates an element with properties (dataset and attributes by name) and children. */
function h(tag, props = {}, ...children) {
  const element = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (key === 'dataset') Object.assign(element.dataset, value);
    else if (key in element && !key.includes('-')) element[key] = value;
    else element.setAttribute(key, value);
  }
  element.append(...children);
  return element;
}

let pixel;

/**
 * A CSS colour as #rrggbb (or rgba() where it is see-through). The mixed
 * colours compute to color(srgb …), which Word and mail programs drop from
 * pasted HTML; a pixel painted with the colour gives its plain value.
 */
function hex(colour) {
  pixel ??= new OffscreenCanvas(1, 1).getContext('2d', { willReadFrequently: true });
  pixel.clearRect(0, 0, 1, 1);
  pixel.fillStyle = colour;
  pixel.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = pixel.getImageData(0, 0, 1, 1).data;
  if (a < 255) return `rgba(${r}, ${g}, ${b}, ${(a / 255).toFixed(2)})`;
  return `#${[r, g, b].map((value) => value.toString(16).padStart(2, '0')).join('')}`;
}

export class LamhaAnalyzer extends HTMLElement {
  static observedAttributes = ['text', 'lang', 'theme'];

  #text = '';
  #analysis = null;
  #shownText = null;
  #elapsed = null;
  #engineReady = false;
  #run = 0;
  #render = 0;
  #selected = null;
  #hidden = new Set();
  #initialText = null;
  #saveTimer = 0;
  #pause = {};
  #built = false;
  #parts = {};
  /** The elements now marked as chosen, to unmark without searching the view. */
  #chosen = [];
  /** The rows each panel list shows, by a key of what they show, to keep those that stay the same. */
  #rowsShown = new WeakMap();
  /** The quote each button of the quotes panel shows (its index moves as the text changes). */
  #quoteOfButton = new WeakMap();

  constructor() {
    super();
    this.attachShadow({ mode: 'open' });
  }

  /** The text being analysed. */
  get text() {
    return this.#text;
  }

  set text(value) {
    this.#setText(String(value ?? ''));
  }

  /** The analysis now shown (null before the first). */
  get analysis() {
    return this.#analysis;
  }

  connectedCallback() {
    if (this.#built) return;
    this.#built = true;
    this.#build();
    const stored = this.#stored();
    if (this.hasAttribute('text')) this.#initialText = this.getAttribute('text');
    // A text the page set on the element before this module defined it sits
    // on the instance, hiding the accessor: take it over.
    if (Object.hasOwn(this, 'text')) {
      this.#initialText = String(this.text ?? '');
      delete this.text;
    }
    // The text the page gave is a button away once the reader has changed it
    // (a src text, once loaded, is too).
    this.#parts.sample.hidden = this.#initialText === null;
    this.#setText(stored ?? this.#initialText ?? '', { save: false });
    if (stored === null && this.#initialText === null && this.getAttribute('src')) this.#loadSource();
    else if (this.getAttribute('src')) this.#loadSource({ show: false });
    this.#status(this.#t('loading'));
    ready().then(() => {
      this.#engineReady = true;
      this.#update();
    }, (error) => this.#status(this.#t('failed')(error.message), true));
    addEventListener('pagehide', () => this.#save());
  }

  attributeChangedCallback(name, old, value) {
    if (!this.#built || old === value) return;
    if (name === 'text') this.#setText(value ?? '');
    if (name === 'lang' || name === 'theme') this.#applyLanguage();
  }

  /**
   * Analyses the current text now and resolves to its analysis (also sent
   * as the `lamha-analyzed` event).
   */
  async analyze() {
    await ready();
    this.#engineReady = true;
    const analysis = await this.#update();
    if (analysis) return analysis;
    return new Promise((resolve) => {
      this.addEventListener('lamha-analyzed', (event) => resolve(event.detail.analysis), { once: true });
    });
  }

  /**
   * Shows an analysis made elsewhere (the command line, a server) of `text`,
   * as if the widget had made it.
   */
  showAnalysis(text, analysis) {
    this.#run++;
    this.#text = String(text);
    this.#parts.input.value = this.#text;
    return this.#show(this.#text, analysis, null);
  }

  /** The analysis (with its text) as pretty-printed JSON. */
  exportJSON() {
    return JSON.stringify({ text: this.#shownText ?? '', ...this.#analysis }, null, 2);
  }

  /** The analysis as CSV: one row per entity and per quote. */
  exportCSV() {
    return analysisCSV(this.#analysis ?? { entities: [], quotes: [], groups: [] });
  }

  /** The highlighted text as an HTML fragment with inline styles. */
  highlightedHTML() {
    // The colours as the page shows them now (theme and custom properties
    // resolved), read off a sample of each highlight.
    const styles = {};
    const probe = h('div', { className: 'view', hidden: true });
    this.shadowRoot.append(probe);
    const look = (element) => {
      const style = getComputedStyle(element);
      return { background: hex(style.backgroundColor), border: hex(style.borderBottomColor) };
    };
    for (const label of [...CATEGORIES.slice(0, 4), 'other']) {
      const sample = h('mark', { dataset: { label } });
      probe.append(sample);
      styles[label] = look(sample);
    }
    const quote = h('span', { className: 'quote' });
    probe.append(quote);
    styles.QUOTE = look(quote);
    probe.remove();
    const titles = { ...this.#strings(), quote: this.#t('speaker') };
    return highlightedHTML(this.#shownText ?? '', this.#analysis ?? { entities: [], quotes: [], groups: [] },
      styles, titles);
  }

  /** Copies the highlighted text to the clipboard as HTML (and plain text). */
  async copyHTML() {
    const html = this.highlightedHTML();
    const plain = this.#shownText ?? '';
    try {
      await navigator.clipboard.write([new ClipboardItem({
        'text/html': new Blob([html], { type: 'text/html' }),
        'text/plain': new Blob([plain], { type: 'text/plain' }),
      })]);
    } catch {
      // Without the asynchronous clipboard (an insecure context), a copy
      // command whose handler supplies the data.
      const supply = (event) => {
        event.clipboardData.setData('text/html', html);
        event.clipboardData.setData('text/plain', plain);
        event.preventDefault();
      };
      document.addEventListener('copy', supply, { once: true });
      const copied = document.execCommand('copy');
      document.removeEventListener('copy', supply);
      if (!copied) throw new Error('copy refused');
    }
  }

  // --- Building -------------------------------------------------------------

  #build() {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(STYLES);
    this.shadowRoot.adoptedStyleSheets = [sheet];
    const p = this.#parts;
    p.toggles = CATEGORIES.map((category) => h('button', {
      type: 'button', className: 'toggle', dataset: { cat: category }, 'aria-pressed': 'true',
      onclick: () => this.#toggle(category),
    }, h('span', { className: 'swatch', 'aria-hidden': 'true' }), h('span', { dataset: { t: category } }),
    h('span', { className: 'count' }, '0')));
    p.legend = h('div', { className: 'legend', role: 'group', dataset: { tAria: 'legend' } }, ...p.toggles);
    const button = (key, titleKey, onclick) => h('button', { type: 'button', dataset: { t: key, tTitle: titleKey }, onclick });
    p.sample = button('sample', 'sample', () => { if (this.#initialText !== null) this.#setText(this.#initialText); });
    p.sample.hidden = true;
    p.clear = button('clear', 'clear', () => this.#setText(''));
    p.language = button('language', 'languageTitle', () => this.setAttribute('lang', this.#lang() === 'ar' ? 'en' : 'ar'));
    p.theme = button('dark', 'themeTitle', () => this.setAttribute('theme', this.#dark() ? 'light' : 'dark'));
    const bar = h('div', { className: 'bar' }, p.legend, h('div', { className: 'end' },
      button('json', 'exportJSON', () => this.#download('lamha-analysis.json', this.exportJSON(), 'application/json')),
      button('csv', 'exportCSV', () => this.#download('lamha-analysis.csv', this.exportCSV(), 'text/csv')),
      button('copy', 'copyTitle', () => this.copyHTML().then(() => this.#status(this.#t('copied')),
        () => this.#status(this.#t('copyFailed'), true))),
      p.sample, p.clear, p.language, p.theme));
    p.explain = h('p', { className: 'explain', dataset: { t: 'explain' } });
    p.editorBox = h('div', { className: 'editor' });
    p.input = new TextEditor(p.editorBox, { root: this.shadowRoot, id: 'input', onChange: () => this.#typed() });
    p.status = h('div', { className: 'status', role: 'status', 'aria-live': 'polite' });
    p.view = h('div', { className: 'view', id: 'view', dir: 'rtl', lang: 'ar', role: 'region', dataset: { tAria: 'view' } });
    p.textView = new TextView(p.view);
    p.entities = h('ul');
    p.quotes = h('div');
    p.places = h('ul');
    p.map = this.#buildMap();
    const panel = (key, ...content) => h('details', { open: true, className: key },
      h('summary', { dataset: { t: key } }), h('div', {}, ...content));
    p.panels = h('aside', { className: 'panels' },
      panel('entities', p.entities), panel('quotes', p.quotes), panel('places', p.map, p.places));
    p.tooltip = h('div', { className: 'tooltip', id: 'tooltip', role: 'tooltip', hidden: true });
    p.root = h('div', { className: 'root' }, bar, p.explain,
      p.editorBox, p.status,
      h('div', { className: 'main' }, p.view, p.panels), p.tooltip);
    this.shadowRoot.append(p.root);

    p.view.addEventListener('pointerover', (event) => this.#hover(event.target));
    p.view.addEventListener('pointerleave', () => this.#hideTooltip());
    p.view.addEventListener('focusin', (event) => this.#hover(event.target));
    p.view.addEventListener('focusout', () => this.#hideTooltip());
    // Scrolling (also the browser bringing a focused mark into view) moves
    // the tooltip along with its mark.
    p.view.addEventListener('scroll', () => this.#placeTooltip(), { passive: true });
    p.view.addEventListener('click', (event) => {
      const mark = event.target.closest('mark');
      if (mark) this.#select(this.#keyOfMark(mark));
    });
    this.shadowRoot.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') this.#hideTooltip();
      if ((event.key === 'Enter' || event.key === ' ') && event.target.matches?.('mark')) {
        event.preventDefault();
        this.#select(this.#keyOfMark(event.target));
      }
    });
    this.#applyLanguage();
  }

  #buildMap() {
    const svg = document.createElementNS(SVG, 'svg');
    // Latitudes 80° N to 60° S: the rest is ice and no news.
    svg.setAttribute('viewBox', `0 ${10 * MAP_SCALE} ${360 * MAP_SCALE} ${140 * MAP_SCALE}`);
    svg.setAttribute('class', 'map');
    svg.setAttribute('role', 'img');
    this.#parts.countries = COUNTRIES.map(([code, path]) => {
      const shape = document.createElementNS(SVG, 'path');
      shape.setAttribute('d', path);
      shape.setAttribute('class', 'country');
      shape.dataset.country = code;
      svg.append(shape);
      return shape;
    });
    this.#parts.pins = document.createElementNS(SVG, 'g');
    svg.append(this.#parts.pins);
    return svg;
  }

  // --- Text and analysis ----------------------------------------------------

  #setText(text, { save = true } = {}) {
    this.#text = text;
    if (this.#parts.input.value !== text) this.#parts.input.value = text;
    if (save) this.#scheduleSave();
    this.#update();
  }

  #typed() {
    this.#text = this.#parts.input.value;
    this.#scheduleSave();
    this.#update();
  }

  /** Analyses the current text: at once if short, else in the worker. Resolves to the analysis, or null if overtaken. */
  #update() {
    if (!this.#engineReady) return Promise.resolve(null);
    const run = ++this.#run;
    const text = this.#text;
    if (text.length <= WORKER_THRESHOLD) {
      const started = performance.now();
      let analysis;
      try {
        analysis = analyzeNow(text);
      } catch (error) {
        this.#status(this.#t('failed')(error.message), true);
        return Promise.resolve(null);
      }
      return this.#show(text, analysis, performance.now() - started).then(() => analysis);
    }
    this.#status(this.#t('analysing'));
    if (this.dataset.state !== 'analysing') this.dataset.state = 'analysing';
    // The wait before is cut short: its run is overtaken, and resolves to null.
    clearTimeout(this.#pause.timer);
    this.#pause.resolve?.();
    return new Promise((resolve) => {
      this.#pause = { resolve, timer: setTimeout(resolve, PAUSE_MS) };
    }).then(() => {
      if (run !== this.#run) return null;
      const started = performance.now();
      return analyzeInWorker(text).then((analysis) => ({ analysis, started }));
    }).then(async (answer) => {
      if (!answer?.analysis || run !== this.#run) return null;
      const { analysis, started } = answer;
      await this.#show(text, analysis, performance.now() - started);
      return analysis;
    }, (error) => {
      if (run === this.#run) this.#status(this.#t('failed')(error.message), true);
      return null;
    });
  }

  /** Shows an analysis; for an article all of it before returning, for a long text in slices. */
  async #show(text, analysis, elapsed) {
    const render = ++this.#render;
    this.#analysis = analysis;
    this.#shownText = text;
    this.#elapsed = elapsed === null ? null : Math.max(1, Math.round(elapsed));
    this.#selected = null;
    this.#unchoose();
    this.#hideTooltip();
    this.#updateCounts();
    this.dataset.state = 'rendering';
    const rendering = this.#parts.textView.update(text, analysis, {
      budget: text.length > WORKER_THRESHOLD ? RENDER_SLICE_MS : Infinity,
      cancelled: () => render !== this.#render,
    });
    // An article is rendered already (and this runs on, in the same task);
    // a long text is rendered in slices.
    if (rendering) await rendering;
    if (render !== this.#render) return;
    this.#renderPanels();
    this.#summary();
    this.dataset.state = 'ready';
    this.dispatchEvent(new CustomEvent('lamha-analyzed', { detail: { text, analysis }, bubbles: true, composed: true }));
  }

  #updateCounts() {
    const counts = Object.fromEntries(CATEGORIES.map((category) => [category, 0]));
    for (const entity of this.#analysis.entities) if (entity.label in counts) counts[entity.label]++;
    counts.QUOTE = this.#analysis.quotes.length;
    for (const toggle of this.#parts.toggles) toggle.querySelector('.count').textContent = counts[toggle.dataset.cat];
  }

  #summary() {
    if (!this.#analysis) return;
    this.#status(this.#t('summary')(this.#analysis.entities.length, this.#analysis.quotes.length, this.#elapsed));
  }

  async #loadSource({ show = true } = {}) {
    try {
      const response = await fetch(new URL(this.getAttribute('src'), document.baseURI));
      if (!response.ok) return;
      this.#initialText = await response.text();
      this.#parts.sample.hidden = false;
      if (show && this.#text === '') this.#setText(this.#initialText, { save: false });
    } catch {
      // No sample to offer; the widget works the same without one.
    }
  }

  #stored() {
    const key = this.getAttribute('persist');
    if (!key) return null;
    try {
      return localStorage.getItem(key);
    } catch {
      return null;
    }
  }

  #scheduleSave() {
    if (!this.getAttribute('persist')) return;
    clearTimeout(this.#saveTimer);
    // Long texts are written once the typing pauses, short ones at once.
    if (this.#text.length <= WORKER_THRESHOLD) this.#save();
    else this.#saveTimer = setTimeout(() => this.#save(), 500);
  }

  #save() {
    const key = this.getAttribute('persist');
    if (!key) return;
    clearTimeout(this.#saveTimer);
    try {
      localStorage.setItem(key, this.#text);
    } catch {
      // Storage full or refused: the text stays on the page, unsaved.
    }
  }

  #download(name, content, type) {
    const url = URL.createObjectURL(new Blob([content], { type: `${type};charset=utf-8` }));
    const link = h('a', { href: url, download: name });
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  // --- Panels ---------------------------------------------------------------

  #renderPanels() {
    const analysis = this.#analysis;
    const p = this.#parts;
    const t = this.#strings();

    const things = new Map();
    for (const entity of analysis.entities) {
      const key = entityKey(analysis, entity);
      const thing = things.get(key) ?? { key, entity, count: 0 };
      thing.count++;
      things.set(key, thing);
    }
    const sorted = [...things.values()].sort((a, b) => b.count - a.count || a.entity.start - b.entity.start);
    this.#reconcile(p.entities, this.#rows(sorted, (thing) => ({
      key: `${thing.key}\u0001${thing.count}`,
      build: () => this.#item(thing.key,
        h('span', { className: 'chip', dataset: { cat: thing.entity.label } }, t[thing.entity.label] ?? thing.entity.label),
        h('span', { className: 'name' }, canonicalName(analysis, thing.entity)),
        h('span', { className: 'count', title: t.mentions(thing.count) }, String(thing.count))),
    })));

    const speakers = new Map();
    analysis.quotes.forEach((quote, index) => {
      const key = speakerKey(analysis, quote) ?? '';
      const speaker = speakers.get(key) ?? { key, name: speakerName(analysis, quote), quotes: [] };
      speaker.quotes.push(index);
      speakers.set(key, speaker);
    });
    // At most PANEL_ROWS quotes in all, shared out in the speakers' order.
    let room = PANEL_ROWS;
    const lists = [...speakers.values()].slice(0, PANEL_ROWS).map((speaker) => {
      const shown = speaker.quotes.slice(0, room);
      room -= shown.length;
      return { speaker, shown };
    });
    const sections = this.#reconcile(p.quotes, speakers.size === 0
      ? [{ key: 'none', build: () => h('p', { className: 'empty' }, t.none) }]
      : lists.map(({ speaker }) => ({
        key: speaker.key,
        build: () => h('section', { className: 'speaker' }, h('h4', {}, speaker.name ?? t.unknownSpeaker), h('ul')),
      })));
    lists.forEach(({ speaker, shown }, n) => {
      const rows = shown.map((index) => {
        const quote = analysis.quotes[index];
        const content = this.#shownText.slice(quote.content.start, quote.content.end);
        const said = `«${content.length > 160 ? `${content.slice(0, 160)}…` : content}»`;
        return {
          key: `${quote.kind}\u0001${said}`,
          build: () => h('li', {}, h('button', {
            type: 'button', className: 'item said', onclick: (event) => this.#selectQuote(this.#quoteOfButton.get(event.currentTarget)),
          }, h('span', { className: 'name' }, said), h('span', { className: 'kind' }, t[quote.kind] ?? quote.kind))),
        };
      });
      const more = speaker.quotes.length - shown.length;
      if (more > 0) rows.push({ key: `more\u0001${more}`, build: () => h('li', { className: 'more' }, t.more(more)) });
      const items = this.#reconcile(sections[n].lastElementChild, rows);
      shown.forEach((index, i) => this.#quoteOfButton.set(items[i].firstElementChild, index));
    });

    const places = sorted.filter((thing) => thing.entity.label === 'LOC' && thing.entity.place);
    this.#reconcile(p.places, this.#rows(places, (thing) => {
      const { place } = thing.entity;
      const where = [...this.#where(place), place.kind === 'country' ? null : this.#countryName(place.country)]
        .filter(Boolean).join(' · ');
      return {
        key: `${thing.key}\u0001${thing.count}\u0001${where}`,
        build: () => this.#item(thing.key, h('span', { className: 'name' }, canonicalName(analysis, thing.entity),
          h('br'), h('small', {}, where)), h('span', { className: 'count' }, String(thing.count))),
      };
    }));
    // By code, not by name: the map's names are not the gazetteer's (United States of America, Czechia).
    const named = new Set(places.filter((thing) => thing.entity.place.kind === 'country').map((thing) => thing.entity.place.country));
    for (const shape of p.countries) shape.classList.toggle('named', named.has(shape.dataset.country));
    this.#reconcile(p.pins, places.filter((thing) => Number.isFinite(thing.entity.place.lat)
      && Number.isFinite(thing.entity.place.lon)).map((thing) => ({
      key: `${thing.key}\u0001${this.#placeName(thing.entity)}\u0001${thing.entity.place.lat},${thing.entity.place.lon}`,
      build: () => {
        const pin = document.createElementNS(SVG, 'circle');
        pin.setAttribute('cx', (thing.entity.place.lon + 180) * MAP_SCALE);
        pin.setAttribute('cy', (90 - thing.entity.place.lat) * MAP_SCALE);
        pin.setAttribute('r', 4);
        pin.dataset.key = thing.key;
        const title = document.createElementNS(SVG, 'title');
        title.textContent = this.#placeName(thing.entity);
        pin.append(title);
        pin.addEventListener('click', () => this.#select(thing.key));
        return pin;
      },
    })));
    p.map.setAttribute('aria-label', `${t.map}: ${places.map((thing) => this.#placeName(thing.entity)).join(t.separator)}`);
  }

  /** The rows of a panel list: PANEL_ROWS things, then how many more; or a line saying there is nothing. */
  #rows(things, row) {
    if (things.length === 0) return [{ key: 'none', build: () => h('li', { className: 'empty' }, this.#t('none')) }];
    const rows = things.slice(0, PANEL_ROWS).map((thing) => {
      const { key, build } = row(thing);
      return { key, build: () => h('li', {}, build()) };
    });
    const more = things.length - PANEL_ROWS;
    if (more > 0) rows.push({ key: `more\u0001${more}`, build: () => h('li', { className: 'more' }, this.#t('more')(more)) });
    return rows;
  }

  /**
   * Makes `parent`'s children the elements of `rows` ({ key, build }) in
   * order, keeping the element of each key it shows already, and returns
   * them: an analysis redrawn as the reader types changes a row or two, not
   * the hundreds listed.
   */
  #reconcile(parent, rows) {
    const shown = this.#rowsShown.get(parent) ?? new Map();
    const kept = new Map();
    const seen = new Map();
    const elements = rows.map(({ key, build }) => {
      // The same quote twice in a text is two rows.
      const n = seen.get(key) ?? 0;
      seen.set(key, n + 1);
      const unique = `${key}\u0002${n}`;
      const element = shown.get(unique) ?? build();
      kept.set(unique, element);
      return element;
    });
    let cursor = parent.firstChild;
    for (const element of elements) {
      if (element === cursor) cursor = cursor.nextSibling;
      else parent.insertBefore(element, cursor);
    }
    while (cursor) {
      const after = cursor.nextSibling;
      cursor.remove();
      cursor = after;
    }
    this.#rowsShown.set(parent, kept);
    return elements;
  }

  #item(key, ...content) {
    return h('button', {
      type: 'button', className: 'item', dataset: { key }, 'aria-pressed': String(key === this.#selected),
      onclick: () => this.#select(key),
    }, ...content);
  }

  /** The key of the thing a mark names. */
  #keyOfMark(mark) {
    const { analysis } = this.#parts.textView;
    return entityKey(analysis, analysis.entities[this.#parts.textView.indexOf(mark)]);
  }

  /** Marks every mention of one thing (or, chosen again, none). */
  #select(key) {
    this.#selected = this.#selected === key ? null : key;
    this.#unchoose();
    for (const item of this.#parts.panels.querySelectorAll('.item[data-key]')) {
      item.setAttribute('aria-pressed', String(item.dataset.key === this.#selected));
    }
    if (this.#selected === null) return;
    const view = this.#parts.textView;
    const marks = view.elements('entity', (index) => entityKey(view.analysis, view.analysis.entities[index]) === this.#selected);
    this.#choose([...marks, ...[...this.#parts.pins.children].filter((pin) => pin.dataset.key === this.#selected)]);
    marks[0]?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  }

  #selectQuote(index) {
    this.#selected = null;
    this.#unchoose();
    const parts = this.#parts.textView.elements('quote', (quote) => quote === index);
    this.#choose(parts);
    parts[0]?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  }

  #choose(elements) {
    for (const element of elements) element.classList.add('selected');
    this.#chosen = elements;
  }

  #unchoose() {
    for (const element of this.#chosen) element.classList.remove('selected');
    this.#chosen = [];
  }

  #toggle(category) {
    const hidden = !this.#hidden.has(category);
    if (hidden) this.#hidden.add(category);
    else this.#hidden.delete(category);
    this.#parts.view.classList.toggle(`hide-${category}`, hidden);
    this.#parts.toggles.find((toggle) => toggle.dataset.cat === category).setAttribute('aria-pressed', String(!hidden));
  }

  // --- Tooltips ---------------------------------------------------------------

  #hover(target) {
    const mark = target.closest?.('mark');
    const quote = target.closest?.('.quote');
    if (!mark && !quote) {
      this.#hideTooltip();
      return;
    }
    const view = this.#parts.textView;
    const { analysis } = view;
    const t = this.#strings();
    const lines = [];
    const quoteOf = quote ? analysis.quotes[view.indexOf(quote)] : null;
    if (mark && !this.#hidden.has(mark.dataset.label)) {
      const entity = analysis.entities[view.indexOf(mark)];
      lines.push(h('strong', {}, t[entity.label] ?? entity.label));
      lines.push(h('div', {}, `${t.name}: ${canonicalName(analysis, entity)}`));
      if (entity.place) {
        lines.push(h('div', {}, this.#where(entity.place).join(' · ')));
        const country = this.#countryName(entity.place.country);
        if (country) lines.push(h('div', { className: 'country' }, `${t.country}: ${country}`));
      }
      if (quoteOf && !this.#hidden.has('QUOTE')) {
        lines.push(h('div', {}, `${t.inQuote}: ${speakerName(analysis, quoteOf) ?? t.unknownSpeaker}`));
      }
    } else if (quoteOf && !this.#hidden.has('QUOTE')) {
      lines.push(h('strong', {}, t[quoteOf.kind] ?? t.QUOTE));
      lines.push(h('div', {}, `${t.speaker}: ${speakerName(analysis, quoteOf) ?? t.unknownSpeaker}`));
    }
    if (lines.length === 0) {
      this.#hideTooltip();
      return;
    }
    const anchor = mark ?? quote;
    const tip = this.#parts.tooltip;
    tip.replaceChildren(...lines);
    tip.dir = this.#lang() === 'ar' ? 'rtl' : 'ltr';
    tip.hidden = false;
    this.#parts.described?.removeAttribute('aria-describedby');
    anchor.setAttribute('aria-describedby', 'tooltip');
    this.#parts.described = anchor;
    this.#placeTooltip();
  }

  #placeTooltip() {
    const anchor = this.#parts.described;
    if (!anchor) return;
    const tip = this.#parts.tooltip;
    const rect = [...anchor.getClientRects()].find((box) => box.width > 0) ?? anchor.getBoundingClientRect();
    const width = tip.offsetWidth;
    const height = tip.offsetHeight;
    const left = Math.min(Math.max(4, rect.right - width), innerWidth - width - 4);
    const below = rect.bottom + 6;
    tip.style.left = `${left}px`;
    tip.style.top = `${below + height > innerHeight ? Math.max(4, rect.top - height - 6) : below}px`;
  }

  #hideTooltip() {
    if (this.#parts.tooltip) this.#parts.tooltip.hidden = true;
    this.#parts.described?.removeAttribute('aria-describedby');
    this.#parts.described = null;
  }

  // --- Language and theme ----------------------------------------------------

  #lang() {
    return this.getAttribute('lang') === 'en' ? 'en' : 'ar';
  }

  #strings() {
    return STRINGS[this.#lang()];
  }

  #t(key) {
    return this.#strings()[key];
  }

  #dark() {
    const theme = this.getAttribute('theme');
    return theme === 'dark' || (theme !== 'light' && matchMedia('(prefers-color-scheme: dark)').matches);
  }

  /**
   * A place's name in the interface's language. The analysis names places
   * in English only (`place.name`); in Arabic a place is named as the
   * article names it, spelling and all (الدنمارك, not another spelling of
   * the country's name).
   */
  #placeName(entity) {
    return this.#lang() === 'en' ? entity.place.name : canonicalName(this.#analysis, entity);
  }

  /**
   * What a place is, to go beside the article's name for it: its English
   * name too in the English interface (in Arabic that name is the article's
   * own), and its kind.
   */
  #where(place) {
    const kind = this.#t('kinds')[place.kind] ?? place.kind;
    return this.#lang() === 'en' ? [place.name, kind] : [kind];
  }

  #countryName(code) {
    if (!code) return null;
    try {
      return new Intl.DisplayNames([this.#lang()], { type: 'region' }).of(code);
    } catch {
      return code;
    }
  }

  #applyLanguage() {
    const t = this.#strings();
    const p = this.#parts;
    p.root.dir = this.#lang() === 'ar' ? 'rtl' : 'ltr';
    p.root.lang = this.#lang();
    for (const element of this.shadowRoot.querySelectorAll('[data-t]')) element.textContent = t[element.dataset.t];
    for (const element of this.shadowRoot.querySelectorAll('[data-t-title]')) element.title = t[element.dataset.tTitle];
    for (const element of this.shadowRoot.querySelectorAll('[data-t-aria]')) element.setAttribute('aria-label', t[element.dataset.tAria]);
    p.input.setWords({ label: t.input, hint: t.placeholder });
    p.theme.textContent = this.#dark() ? t.light : t.dark;
    // Every row says something in the old language: none is kept.
    this.#rowsShown = new WeakMap();
    if (this.#analysis && this.dataset.state === 'ready') {
      this.#renderPanels();
      this.#summary();
    }
  }

  #status(message, error = false) {
    // Unchanged as most keystrokes leave it: not redrawn.
    if (this.#parts.status.textContent !== message) this.#parts.status.textContent = message;
    this.#parts.status.classList.toggle('error', error);
  }
}

if (!customElements.get('lamha-analyzer')) customElements.define('lamha-analyzer', LamhaAnalyzer);
