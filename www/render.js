// Turns a text and its analysis into highlighted pieces, and those into DOM
// nodes, an HTML string or CSV. Spans nest — a line holds quotes, a quote
// holds entities and cues — and a span that crosses an outer boundary is cut
// in two there, so every character of the text is written exactly once.
// User text only ever becomes text nodes (or escaped HTML for the clipboard).

/** The spans of one layer, sorted, with any overlap cut off the later one. */
function layer(spans) {
  const sorted = spans.filter((span) => span.end > span.start).sort((a, b) => a.start - b.start || b.end - a.end);
  const kept = [];
  let reached = 0;
  for (const span of sorted) {
    const start = Math.max(span.start, reached);
    if (span.end <= start) continue;
    kept.push({ ...span, start });
    reached = span.end;
  }
  return kept;
}

/** The quote contents (outer) and the entities and cues (inner) of an analysis. */
function layers(analysis) {
  const quotes = layer(analysis.quotes.map((quote, index) => ({
    start: quote.content.start, end: quote.content.end, quote: index,
  })));
  const entities = layer(analysis.entities.map((entity, index) => ({ start: entity.start, end: entity.end, entity: index })));
  const cues = layer(analysis.quotes.flatMap((quote, index) => (quote.cue
    ? [{ start: quote.cue.start, end: quote.cue.end, cue: index }] : [])));
  // Where a cue overlaps an entity the entity wins: the cue keeps only the
  // parts of it outside every entity.
  const cueParts = [];
  let e = 0;
  for (const cue of cues) {
    let start = cue.start;
    while (e < entities.length && entities[e].end <= start) e++;
    for (let k = e; k < entities.length && entities[k].start < cue.end; k++) {
      if (entities[k].start > start) cueParts.push({ ...cue, start, end: entities[k].start });
      start = Math.max(start, entities[k].end);
    }
    if (start < cue.end) cueParts.push({ ...cue, start });
  }
  const inner = [...entities, ...cueParts].sort((a, b) => a.start - b.start);
  return { quotes, inner };
}

/**
 * Calls `piece(start, end, line, quote, inner)` for each run of the text in
 * order, where `line` counts the line, `quote` is the outer span or null and
 * `inner` the inner span or null. Returns nothing; callers build as they go.
 */
export function forEachPiece(text, analysis, piece) {
  const { quotes, inner } = layers(analysis);
  let line = 0;
  let q = 0;
  let e = 0;
  let position = 0;
  let newline = -1;
  while (position < text.length) {
    while (q < quotes.length && quotes[q].end <= position) q++;
    while (e < inner.length && inner[e].end <= position) e++;
    const quote = q < quotes.length && quotes[q].start <= position ? quotes[q] : null;
    const span = e < inner.length && inner[e].start <= position ? inner[e] : null;
    // Remembered, not searched afresh: a long text without line breaks
    // would otherwise be scanned once per piece.
    if (newline !== text.length && newline < position) {
      newline = text.indexOf('\n', position);
      if (newline === -1) newline = text.length;
    }
    let end = Math.min(text.length, newline + 1);
    if (quote) end = Math.min(end, quote.end);
    else if (q < quotes.length) end = Math.min(end, quotes[q].start);
    if (span) end = Math.min(end, span.end);
    else if (e < inner.length) end = Math.min(end, inner[e].start);
    piece(position, end, line, quote, span);
    if (text.charCodeAt(end - 1) === 10) line++;
    position = end;
  }
}

/**
 * A key for "the same thing" across mentions: its label and canonical name.
 * Not the group's number, which every group named earlier in the text
 * shifts: a key must stay the same while the reader types elsewhere.
 */
export function entityKey(analysis, entity) {
  return `${entity.label}:${canonicalName(analysis, entity)}`;
}

/** A key for a quote's speaker (the name credited); null for an unattributed quote. */
export function speakerKey(analysis, quote) {
  return quote.speaker ? `s:${speakerName(analysis, quote)}` : null;
}

/** The canonical name of an entity (its group's name) or its text. */
export function canonicalName(analysis, entity) {
  return (entity.group != null && analysis.groups?.[entity.group]?.name) || entity.text;
}

/** The name of a quote's speaker (the group's name where there is one). */
export function speakerName(analysis, quote) {
  if (!quote.speaker) return null;
  const group = quote.speaker.group;
  return (group != null && analysis.groups?.[group]?.name) || quote.speaker.text;
}

/**
 * The lines of a text with their pieces (flat: start, end, quote, inner, as
 * `forEachPiece` gives them) and a signature of how they look: the pieces'
 * offsets within the line and what each highlight shows, without the text
 * and without indexes into the analysis, so that a line reads the same
 * wherever it has moved to.
 */
function linesOf(text, analysis) {
  const lines = [];
  let current = null;
  let quoteSpan = null;
  let innerSpan = null;
  forEachPiece(text, analysis, (start, end, line, quote, inner) => {
    if (current === null || current.number !== line) {
      current = { number: line, start, end, signature: '', pieces: [] };
      lines.push(current);
      quoteSpan = null;
      innerSpan = null;
    }
    let look = `${start - current.start}-${end - start}`;
    if (quote !== quoteSpan) {
      const said = quote && analysis.quotes[quote.quote];
      look += said ? `q${said.kind}\u0001${speakerName(analysis, said) ?? ''}\u0001` : 'q';
      quoteSpan = quote;
      innerSpan = null;
    }
    if (inner !== innerSpan) {
      look += inner === null ? 'i' : inner.cue !== undefined ? 'c' : `e${analysis.entities[inner.entity].label}\u0001`;
      innerSpan = inner;
    }
    current.signature += `${look};`;
    current.end = end;
    current.pieces.push(start, end, quote, inner);
  });
  return lines;
}

/**
 * Calls `node(kind, span, inQuote)` for each element a line's pieces make, in
 * the order they are made: 'quote' for a quote's part, 'entity' or 'cue' for
 * an inner span (`inQuote` when it lies in a quote's part). With `piece`,
 * also calls `piece(start, end, inQuote, inInner)` for each piece of text,
 * after the elements it goes in. Building a line and taking one over share
 * it, so the elements of a line whose signature is unchanged line up with
 * the new spans.
 */
function eachNode(pieces, node, piece) {
  let quoteSpan = null;
  let innerSpan = null;
  for (let i = 0; i < pieces.length; i += 4) {
    const quote = pieces[i + 2];
    const inner = pieces[i + 3];
    if (quote !== quoteSpan) {
      quoteSpan = quote;
      innerSpan = null;
      if (quote) node('quote', quote, false);
    }
    if (inner !== innerSpan) {
      innerSpan = inner;
      if (inner) node(inner.cue !== undefined ? 'cue' : 'entity', inner, Boolean(quote));
    }
    piece?.(pieces[i], pieces[i + 1], Boolean(quoteSpan), Boolean(innerSpan));
  }
}

/**
 * The highlighted text under a root element, kept in step with the text and
 * its analysis. Each update redraws only the lines whose text or highlights
 * changed: typing in one paragraph of a long text touches that paragraph's
 * line, not the thousands around it. User text only becomes text nodes.
 */
export class TextView {
  #root;
  /** What the DOM shows: the text, its analysis, and one record per line. */
  #text = '';
  #analysis = { entities: [], quotes: [], groups: [] };
  #lines = [];
  /** Each mark's entity and each quote part's quote, as indexes into the analysis shown. */
  #index = new WeakMap();

  constructor(root) {
    this.#root = root;
  }

  /** The analysis the highlights now show. */
  get analysis() {
    return this.#analysis;
  }

  /** The index of the entity a mark shows, or of the quote a quote part belongs to. */
  indexOf(element) {
    return this.#index.get(element);
  }

  /** The elements of the view of one kind ('entity', 'quote', 'cue') whose index passes `test`. */
  elements(kind, test) {
    const found = [];
    for (const line of this.#lines) {
      let n = 0;
      eachNode(line.pieces, (nodeKind, span) => {
        const element = line.nodes[n++];
        if (nodeKind === kind && test(span[kind])) found.push(element);
      });
    }
    return found;
  }

  /**
   * Shows `text` highlighted as `analysis` says. With `budget` (ms), the
   * lines to draw are built in slices of about that long, yielding to the
   * page between them, off the page until all are built (`cancelled()`
   * drops them, leaving what was shown): returns a promise of the end, or
   * nothing when it is done already.
   */
  update(text, analysis, { budget = Infinity, cancelled = () => false } = {}) {
    const steps = this.#steps(text, analysis, budget, cancelled);
    if (steps.next().done) return undefined;
    return new Promise((resolve) => {
      const step = () => {
        if (steps.next().done) resolve();
        else setTimeout(step);
      };
      setTimeout(step);
    });
  }

  * #steps(text, analysis, budget, cancelled) {
    const old = this.#lines;
    const lines = linesOf(text, analysis);
    // The lines before the first change and after the last keep their
    // elements when their highlights look the same: a line wholly inside
    // the text's unchanged start or end has the same text.
    const before = this.#text;
    const shortest = Math.min(before.length, text.length);
    let same = 0;
    while (same < shortest && before.charCodeAt(same) === text.charCodeAt(same)) same++;
    let sameEnd = 0;
    while (sameEnd < shortest - same
      && before.charCodeAt(before.length - 1 - sameEnd) === text.charCodeAt(text.length - 1 - sameEnd)) sameEnd++;
    const shift = text.length - before.length;
    let head = 0;
    while (head < old.length && head < lines.length && old[head].end <= same && old[head].end === lines[head].end
      && old[head].signature === lines[head].signature) head++;
    let tail = 0;
    while (tail < old.length - head && tail < lines.length - head) {
      const was = old[old.length - 1 - tail];
      const now = lines[lines.length - 1 - tail];
      if (was.start < before.length - sameEnd || now.start !== was.start + shift || now.end !== was.end + shift
        || was.signature !== now.signature) break;
      tail++;
    }
    const document = this.#root.ownerDocument;
    let block = document.createDocumentFragment();
    const blocks = [];
    let sliceStart = performance.now();
    for (let i = head; i < lines.length - tail; i++) {
      block.append(this.#build(document, text, analysis, lines[i]));
      if (budget !== Infinity && performance.now() - sliceStart > budget) {
        // Each slice in a block of its own, which the page skips (style and
        // layout) while it is out of view.
        blocks.push(chunk(document, block));
        block = document.createDocumentFragment();
        yield;
        if (cancelled()) return;
        sliceStart = performance.now();
      }
    }
    if (cancelled()) return;
    blocks.push(blocks.length > 0 ? chunk(document, block) : block);
    // Taken over: the unchanged lines' elements now stand for the new spans.
    for (let i = 0; i < head; i++) this.#adopt(old[i], lines[i]);
    for (let i = 0; i < tail; i++) this.#adopt(old[old.length - 1 - i], lines[lines.length - 1 - i]);
    const next = old[old.length - tail]?.element;
    const gone = old.slice(head, old.length - tail);
    if (next) next.before(...blocks);
    else if (head > 0) old[head - 1].element.after(...blocks);
    else this.#root.append(...blocks);
    for (const line of gone) {
      const parent = line.element.parentNode;
      line.element.remove();
      if (parent !== this.#root && parent.childElementCount === 0) parent.remove();
    }
    this.#text = text;
    this.#analysis = analysis;
    this.#lines = lines;
  }

  #build(document, text, analysis, line) {
    const element = document.createElement('div');
    element.className = 'line';
    line.element = element;
    line.nodes = [];
    let quoteElement = null;
    let innerElement = null;
    eachNode(line.pieces, (kind, span, inQuote) => {
      const node = kind === 'quote' ? quoteNode(document, analysis, span.quote)
        : kind === 'cue' ? cueNode(document) : markNode(document, analysis, span.entity);
      if (kind !== 'cue') this.#index.set(node, span[kind]);
      line.nodes.push(node);
      if (kind === 'quote') {
        quoteElement = node;
        element.append(node);
      } else {
        innerElement = node;
        (inQuote ? quoteElement : element).append(node);
      }
    }, (start, end, inQuote, inInner) => {
      const parent = inInner ? innerElement : inQuote ? quoteElement : element;
      parent.append(document.createTextNode(text.slice(start, end)));
    });
    return element;
  }

  #adopt(old, line) {
    line.element = old.element;
    line.nodes = old.nodes;
    let n = 0;
    eachNode(line.pieces, (kind, span) => {
      const node = old.nodes[n++];
      if (kind !== 'cue') this.#index.set(node, span[kind]);
    });
  }
}

function chunk(document, content) {
  const element = document.createElement('div');
  element.className = 'chunk';
  element.append(content);
  return element;
}

function quoteNode(document, analysis, index) {
  const quote = analysis.quotes[index];
  const element = document.createElement('span');
  element.className = 'quote';
  element.dataset.kind = quote.kind;
  const speaker = speakerName(analysis, quote);
  if (speaker) element.dataset.speaker = speaker;
  return element;
}

function cueNode(document) {
  const element = document.createElement('span');
  element.className = 'cue';
  return element;
}

function markNode(document, analysis, index) {
  const element = document.createElement('mark');
  element.dataset.label = analysis.entities[index].label;
  element.tabIndex = 0;
  return element;
}

const HTML_ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHTML = (value) => String(value).replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);

/**
 * The highlighted text as a self-contained HTML fragment (inline styles, all
 * text escaped) for pasting into a document or an e-mail. `styles` maps each
 * label (and QUOTE) to its resolved `{ background, border }` colours;
 * `titles` names each label, and `titles.quote` introduces a speaker.
 */
export function highlightedHTML(text, analysis, styles, titles) {
  const out = ['<div dir="rtl" lang="ar" style="white-space:pre-wrap;line-height:1.9">'];
  const open = [];
  let quoteSpan = null;
  let innerSpan = null;
  const closeTo = (depth) => { while (open.length > depth) out.push(`</${open.pop()}>`); };
  const look = (style, line) => `background:${escapeHTML(style.background)};color:inherit;border-bottom:2px ${line} ${escapeHTML(style.border)}`;
  forEachPiece(text, analysis, (start, end, line, quote, inner) => {
    if (quote !== quoteSpan) {
      closeTo(0);
      quoteSpan = quote;
      innerSpan = null;
      if (quote) {
        const speaker = speakerName(analysis, analysis.quotes[quote.quote]);
        const title = speaker ? ` title="${escapeHTML(`${titles.quote}: ${speaker}`)}"` : '';
        out.push(`<span${title} style="${look(styles.QUOTE, 'dashed')}">`);
        open.push('span');
      }
    }
    if (inner !== innerSpan) {
      closeTo(quote ? 1 : 0);
      innerSpan = inner;
      if (inner?.entity !== undefined) {
        const { label } = analysis.entities[inner.entity];
        out.push(`<mark title="${escapeHTML(titles[label] ?? label)}" style="${look(styles[label] ?? styles.other, 'solid')}">`);
        open.push('mark');
      } else if (inner) {
        out.push('<u>');
        open.push('u');
      }
    }
    out.push(escapeHTML(text.slice(start, end)));
  });
  closeTo(0);
  out.push('</div>');
  return out.join('');
}

/** A CSV cell: quoted, and a leading = + - @ defused for spreadsheets. */
function cell(value) {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One row per entity and per quote, for spreadsheets. */
export function analysisCSV(analysis) {
  const rows = [['type', 'label', 'start', 'end', 'text', 'canonical', 'place', 'country', 'lat', 'lon',
    'kind', 'speaker', 'cue']];
  for (const entity of analysis.entities) {
    rows.push(['entity', entity.label, entity.start, entity.end, entity.text, canonicalName(analysis, entity),
      entity.place?.name, entity.place?.country, entity.place?.lat, entity.place?.lon, entity.place?.kind, '', '']);
  }
  for (const quote of analysis.quotes) {
    rows.push(['quote', '', quote.content.start, quote.content.end, quote.content.text, '', '', '', '', '',
      quote.kind, speakerName(analysis, quote), quote.cue?.text]);
  }
  // A byte-order mark, so spreadsheet programs read the Arabic as UTF-8.
  return `\uFEFF${rows.map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`;
}
