// The widget's styles (in its shadow root). The category colours are the
// Okabe–Ito palette, told apart by people with any common colour-vision
// deficiency, and each category also has its own underline style and an
// inline tag, so colour is never the only cue. Pages restyle through the
// custom properties --lamha-per, --lamha-org, --lamha-loc, --lamha-date,
// --lamha-quote, --lamha-background, --lamha-text and --lamha-font.
// The dark theme's colours, for an explicit theme="dark" and for a system
// preference when no theme is set.
const DARK_COLOURS = `--per: var(--lamha-per, #56b4e9);
  --org: var(--lamha-org, #f0b429);
  --loc: var(--lamha-loc, #2fc59a);
  --date: var(--lamha-date, #e09cc4);
  --quote: var(--lamha-quote, #ff8c42);
  --bg: var(--lamha-background, #17181c);
  --fg: var(--lamha-text, #ececf1);
  --tint: 34%;`;

export const STYLES = `
:host {
  --per: var(--lamha-per, #0072b2);
  --org: var(--lamha-org, #e69f00);
  --loc: var(--lamha-loc, #009e73);
  --date: var(--lamha-date, #cc79a7);
  --quote: var(--lamha-quote, #d55e00);
  --bg: var(--lamha-background, #ffffff);
  --fg: var(--lamha-text, #1d1d1f);
  --muted: color-mix(in srgb, var(--fg) 62%, var(--bg));
  --line: color-mix(in srgb, var(--fg) 16%, var(--bg));
  --panel: color-mix(in srgb, var(--fg) 4%, var(--bg));
  --tint: 24%;
  display: block;
  color: var(--fg);
  background: var(--bg);
  font-family: var(--lamha-font, system-ui, "Noto Naskh Arabic", "Noto Sans Arabic", "DejaVu Sans", sans-serif);
  line-height: 1.6;
  border: 1px solid var(--line);
  border-radius: 0.6rem;
  padding: 0.75rem;
  box-sizing: border-box;
  container: lamha / inline-size;
}
:host([theme="dark"]) {
  ${DARK_COLOURS}
}
@media (prefers-color-scheme: dark) {
  :host(:not([theme="light"])) {
    ${DARK_COLOURS}
  }
}
* { box-sizing: border-box; }
[hidden] { display: none !important; }
button, select { font: inherit; color: inherit; }
button {
  background: var(--panel); border: 1px solid var(--line); border-radius: 0.4rem;
  padding: 0.2rem 0.6rem; cursor: pointer; min-height: 2rem;
}
button:hover { border-color: var(--muted); }
:focus-visible { outline: 3px solid color-mix(in srgb, var(--per) 70%, var(--fg)); outline-offset: 1px; }
.bar { display: flex; flex-wrap: wrap; gap: 0.4rem; align-items: center; margin-block-end: 0.6rem; }
.bar .end { margin-inline-start: auto; display: flex; gap: 0.4rem; flex-wrap: wrap; }
.legend { display: flex; flex-wrap: wrap; gap: 0.35rem; }
.toggle { display: inline-flex; gap: 0.35rem; align-items: center; }
.toggle .swatch {
  inline-size: 1rem; block-size: 1rem; border-radius: 0.2rem; display: inline-block;
  background: color-mix(in srgb, var(--c) var(--tint), var(--bg)); border-bottom: 3px var(--s) var(--c);
}
.toggle[aria-pressed="false"] { opacity: 0.55; text-decoration: line-through; }
.toggle .count { font-variant-numeric: tabular-nums; color: var(--muted); }
[data-cat="PER"] { --c: var(--per); --s: solid; }
[data-cat="ORG"] { --c: var(--org); --s: double; }
[data-cat="LOC"] { --c: var(--loc); --s: dashed; }
[data-cat="DATE"] { --c: var(--date); --s: dotted; }
[data-cat="QUOTE"] { --c: var(--quote); --s: dashed; }
.explain { color: var(--muted); font-size: 0.9em; margin: 0 0 0.5rem; }
.status { color: var(--muted); font-size: 0.9em; min-block-size: 1.4em; margin: 0.3rem 0; }
.status.error { color: var(--quote); }
.main { display: grid; grid-template-columns: minmax(0, 1fr) minmax(15rem, 22rem); gap: 0.9rem; align-items: start; }
@container lamha (max-width: 720px) { .main { grid-template-columns: minmax(0, 1fr); } }
.view {
  direction: rtl; unicode-bidi: plaintext; line-height: 2.25; font-size: 1.08em; min-block-size: 4rem;
  border: 1px solid var(--line); border-radius: 0.4rem; padding: 0.6rem 0.8rem; overflow-wrap: anywhere;
  max-block-size: 80vh; overflow: auto;
}
.chunk { content-visibility: auto; contain-intrinsic-size: auto 40em; }
.line { white-space: pre-wrap; unicode-bidi: plaintext; }
.view mark {
  color: inherit; border-radius: 0.25em; padding: 0.05em 0.15em; cursor: help;
  background: color-mix(in srgb, var(--c) var(--tint), var(--bg)); border-bottom: 2px var(--s) var(--c);
  box-decoration-break: clone; -webkit-box-decoration-break: clone;
}
/* The tag is an inline-block: an atomic inline is a non-joining neutral to
   the text around it, so the name's last letter keeps its final form instead
   of joining onto an Arabic tag (الدنمارك with a medial ك), and a number
   after the name cannot be ordered by the bidi algorithm between the name
   and a Latin tag, which would split the highlight in two. The mark itself is
   not isolated: a line's direction comes from its first strong letter
   outside isolates, so a line that begins with a name (a dateline) would be
   laid out left to right. */
.view mark::after {
  display: inline-block; unicode-bidi: isolate;
  font-size: 0.62em; font-weight: 600; color: color-mix(in srgb, var(--c) 75%, var(--fg));
  margin-inline-start: 0.3em; vertical-align: 0.15em;
}
mark[data-label="PER"] { --c: var(--per); --s: solid; }
mark[data-label="ORG"] { --c: var(--org); --s: double; }
mark[data-label="LOC"] { --c: var(--loc); --s: dashed; }
mark[data-label="DATE"] { --c: var(--date); --s: dotted; }
mark:not([data-label="PER"]):not([data-label="ORG"]):not([data-label="LOC"]):not([data-label="DATE"]) { --c: var(--muted); --s: solid; }
.view mark[data-label="PER"]::after { content: "شخص"; }
.view mark[data-label="ORG"]::after { content: "منظمة"; }
.view mark[data-label="LOC"]::after { content: "مكان"; }
.view mark[data-label="DATE"]::after { content: "تاريخ"; }
/* Spaced out only in Latin: letter spacing pulls Arabic's joined letters apart. */
:host([lang="en"]) .view mark::after { letter-spacing: 0.02em; }
:host([lang="en"]) .view mark[data-label="PER"]::after { content: "PER"; }
:host([lang="en"]) .view mark[data-label="ORG"]::after { content: "ORG"; }
:host([lang="en"]) .view mark[data-label="LOC"]::after { content: "LOC"; }
:host([lang="en"]) .view mark[data-label="DATE"]::after { content: "DATE"; }
.view .quote {
  background: color-mix(in srgb, var(--quote) 11%, var(--bg)); border-bottom: 2px dashed var(--quote);
  box-decoration-break: clone; -webkit-box-decoration-break: clone; cursor: help;
}
.view .cue { text-decoration: underline dotted var(--quote) 2px; text-underline-offset: 0.35em; }
.view.hide-PER mark[data-label="PER"], .view.hide-ORG mark[data-label="ORG"],
.view.hide-LOC mark[data-label="LOC"], .view.hide-DATE mark[data-label="DATE"] {
  background: transparent; border-bottom-color: transparent; cursor: text;
}
.view.hide-PER mark[data-label="PER"]::after, .view.hide-ORG mark[data-label="ORG"]::after,
.view.hide-LOC mark[data-label="LOC"]::after, .view.hide-DATE mark[data-label="DATE"]::after { content: none; }
.view.hide-QUOTE .quote { background: transparent; border-bottom-color: transparent; cursor: text; }
.view.hide-QUOTE .cue { text-decoration: none; }
.view mark.selected { outline: 2px solid var(--fg); outline-offset: 1px; background: color-mix(in srgb, var(--c) 55%, var(--bg)); }
.view .quote.selected { background: color-mix(in srgb, var(--quote) 30%, var(--bg)); }
.panels { display: grid; gap: 0.7rem; }
details { border: 1px solid var(--line); border-radius: 0.4rem; background: var(--panel); }
summary { cursor: pointer; padding: 0.4rem 0.6rem; font-weight: 600; }
details > div { padding: 0 0.6rem 0.6rem; max-block-size: 22rem; overflow: auto; }
ul { list-style: none; margin: 0; padding: 0; }
li { margin: 0.15rem 0; }
.item {
  display: flex; inline-size: 100%; text-align: start; align-items: center; gap: 0.4rem;
  background: transparent; border-color: transparent; padding: 0.15rem 0.35rem; min-block-size: 1.9rem;
}
.item[aria-pressed="true"] { border-color: var(--fg); background: var(--bg); }
.item .chip {
  font-size: 0.72em; padding: 0 0.35em; border-radius: 0.3em; border-bottom: 2px var(--s) var(--c);
  background: color-mix(in srgb, var(--c) var(--tint), var(--bg));
}
.item .name { flex: 1; }
.item .count { font-variant-numeric: tabular-nums; color: var(--muted); }
.more, .empty { color: var(--muted); font-size: 0.9em; }
.speaker { margin-block: 0.5rem; }
.speaker h4 { margin: 0 0 0.2rem; font-size: 0.95em; }
.said { font-size: 0.92em; }
.said .kind { color: var(--muted); font-size: 0.85em; }
.map { inline-size: 100%; block-size: auto; display: block; background: color-mix(in srgb, var(--per) 9%, var(--bg)); border-radius: 0.3rem; margin-block-end: 0.4rem; }
.map .country { fill: color-mix(in srgb, var(--fg) 16%, var(--bg)); stroke: var(--bg); stroke-width: 0.4; }
.map .country.named { fill: color-mix(in srgb, var(--loc) 45%, var(--bg)); }
.map circle { fill: var(--loc); stroke: var(--fg); stroke-width: 0.8; }
.map circle.selected { fill: var(--fg); }
.tooltip {
  position: fixed; z-index: 10; max-inline-size: 19rem; pointer-events: none;
  background: var(--fg); color: var(--bg); border-radius: 0.4rem; padding: 0.35rem 0.55rem;
  font-size: 0.88em; line-height: 1.5; box-shadow: 0 4px 14px rgb(0 0 0 / 0.25);
}
.tooltip strong { display: block; }
`;
