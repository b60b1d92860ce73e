import type { Analysis } from '../pkg/lamha.js';

/** What the `lamha-analyzed` event carries. */
export interface LamhaAnalyzedDetail {
  /** The text that was analysed. */
  text: string;
  analysis: Analysis;
}

/**
 * `<lamha-analyzer>`: an Arabic article highlighter. Attributes: `text`,
 * `src` (a same-origin text to open with), `persist` (a localStorage key for
 * the user's text), `lang` ("ar" | "en"), `theme` ("light" | "dark").
 * Colours: the CSS custom properties --lamha-per, --lamha-org, --lamha-loc,
 * --lamha-date, --lamha-quote, --lamha-background, --lamha-text, --lamha-font.
 */
export declare class LamhaAnalyzer extends HTMLElement {
  /** The text being analysed; setting it analyses the new text. */
  text: string;
  /** The analysis now shown; null before the first. */
  readonly analysis: Analysis | null;
  /** Analyses the current text; resolves to its analysis. */
  analyze(): Promise<Analysis>;
  /** Shows an analysis of `text` made elsewhere. */
  showAnalysis(text: string, analysis: Analysis): Promise<void>;
  /** The analysis, with its text, as JSON. */
  exportJSON(): string;
  /** One CSV row per entity and per quote. */
  exportCSV(): string;
  /** The highlighted text as an HTML fragment with inline styles. */
  highlightedHTML(): string;
  /** Copies the highlighted text to the clipboard as HTML and plain text. */
  copyHTML(): Promise<void>;
}

declare global {
  interface HTMLElementTagNameMap {
    'lamha-analyzer': LamhaAnalyzer;
  }
  interface HTMLElementEventMap {
    'lamha-analyzed': CustomEvent<LamhaAnalyzedDetail>;
  }
}
