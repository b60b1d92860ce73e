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

/** A key for "the same thing" across mentions: its group, else label and text. */
export function entityKey(entity) {
  return entity.group != null ? `g${entity.group}` : `${entity.label}:${entity.text}`;
}

/** A key for a quote's speaker; null for an unattributed quote. */
export function speakerKey(quote) {
  if (!quote.speaker) return null;
  return quote.speaker.group != null ? `g${quote.speaker.group}` : `s:${quote.speaker.text}`;
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
 * Builds the highlighted text as DOM under `root` (emptied first). With
 * `budget` (milliseconds), builds in slices of about that long, yielding to
 * the page between them, and returns a promise of the end (`cancelled()`
 * stops it); without, builds it all now and returns nothing.
 */
export function renderText(root, text, analysis, { budget = Infinity, cancelled = () => false } = {}) {
  const steps = buildSteps(root, text, analysis, budget);
  if (steps.next().done) return undefined;
  return new Promise((resolve) => {
    const step = () => {
      if (cancelled() || steps.next().done) resolve();
      else setTimeout(step);
    };
    setTimeout(step);
  });
}

/** Builds the DOM of `renderText`, pausing (yield) whenever `budget` ms have gone by. */
function* buildSteps(root, text, analysis, budget) {
  root.replaceChildren();
  const document = root.ownerDocument;
  let lineElement = null;
  let lineNumber = -1;
  let quoteElement = null;
  let quoteSpan = null;
  let innerElement = null;
  let innerSpan = null;
  let pending = document.createDocumentFragment();
  const pieces = [];
  forEachPiece(text, analysis, (start, end, line, quote, inner) => pieces.push(start, end, line, quote, inner));
  let sliceStart = performance.now();
  let sliced = false;
  for (let i = 0; i < pieces.length; i += 5) {
    const start = pieces[i];
    const end = pieces[i + 1];
    const line = pieces[i + 2];
    const quote = pieces[i + 3];
    const inner = pieces[i + 4];
    if (line !== lineNumber) {
      lineElement = document.createElement('div');
      lineElement.className = 'line';
      pending.append(lineElement);
      lineNumber = line;
      quoteElement = null;
      quoteSpan = null;
      innerElement = null;
      innerSpan = null;
    }
    if (quote !== quoteSpan) {
      quoteSpan = quote;
      quoteElement = quote ? quoteNode(document, analysis, quote.quote) : null;
      if (quoteElement) lineElement.append(quoteElement);
      innerElement = null;
      innerSpan = null;
    }
    const parent = quoteElement ?? lineElement;
    if (inner !== innerSpan) {
      innerSpan = inner;
      innerElement = inner ? innerNode(document, analysis, inner) : null;
      if (innerElement) parent.append(innerElement);
    }
    (innerElement ?? parent).append(document.createTextNode(text.slice(start, end)));
    if (i % 500 === 0 && performance.now() - sliceStart > budget) {
      // Each slice in a block of its own, which the page skips (style and
      // layout) while it is out of view: adding a slice costs the page as
      // much as the slice, not as much as all that is there already.
      root.append(chunk(document, pending));
      pending = document.createDocumentFragment();
      sliced = true;
      yield;
      sliceStart = performance.now();
    }
  }
  root.append(sliced ? chunk(document, pending) : pending);
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
  element.dataset.q = index;
  element.dataset.kind = quote.kind;
  const speaker = speakerName(analysis, quote);
  if (speaker) element.dataset.speaker = speaker;
  const key = speakerKey(quote);
  if (key) element.dataset.speakerKey = key;
  return element;
}

function innerNode(document, analysis, span) {
  if (span.cue !== undefined) {
    const element = document.createElement('span');
    element.className = 'cue';
    element.dataset.cue = span.cue;
    return element;
  }
  const entity = analysis.entities[span.entity];
  const element = document.createElement('mark');
  element.dataset.i = span.entity;
  element.dataset.label = entity.label;
  element.dataset.key = entityKey(entity);
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
