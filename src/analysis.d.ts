/** A label of an entity. Readers ignore labels they do not know. */
export type Label = "PER" | "ORG" | "LOC" | "DATE";

/** Where a resolved place is. */
export interface Place {
  /** The place's name in English. */
  name: string;
  kind: "country" | "state" | "city" | "region" | "continent" | "water" | "landmark";
  /** ISO 3166-1 alpha-2 code; absent for places spanning several countries. */
  country?: string;
  lat?: number;
  lon?: number;
}

/** A named mention; offsets in UTF-16 code units, end exclusive. */
export interface Entity {
  start: number;
  end: number;
  /** Equals text.slice(start, end). */
  text: string;
  label: Label;
  place?: Place;
  /** Index into Analysis.groups. */
  group?: number;
}

/** A span of the text; offsets in UTF-16 code units, end exclusive. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

/** The mention that names who said a quote. */
export interface Speaker extends Span {
  /** Index into Analysis.groups. */
  group?: number;
}

/** Attributed speech. */
export interface Quote {
  kind: "direct" | "reported";
  /** The reporting verb or phrase, or the colon before a direct quote. */
  cue: Span | null;
  /** The words attributed, without quotation marks or the introducing إن / أن. */
  content: Span;
  speaker: Speaker | null;
}

/** The mentions of one thing. */
export interface Group {
  id: number;
  label: Label;
  /** The canonical (fullest) name. */
  name: string;
  mentions: number;
}

/** Everything Lamha found in a text. */
export interface Analysis {
  entities: Entity[];
  quotes: Quote[];
  groups: Group[];
}

/** One token of a Segmentation. */
export interface TokenInfo extends Span {
  kind: "arabic" | "latin" | "word" | "number" | "quote" | "punctuation" | "symbol";
  norm: string;
  proclitics?: string[];
  bare?: string;
}

/** The text layer's tokens, sentences and paragraphs. */
export interface Segmentation {
  tokens: TokenInfo[];
  sentences: Span[];
  paragraphs: Span[];
}
