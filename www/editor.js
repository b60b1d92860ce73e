// The box the reader types or pastes the article into: a CodeMirror editor,
// which keeps only the lines in view in the page. A textarea lays out its
// whole text on every keystroke, which in a text of a megabyte takes longer
// than a frame on its own; here a keystroke costs what it does in an article.
// It edits plain text only: a paste is read as text, never as markup.
import {
  Annotation, Compartment, EditorState, EditorView, defaultKeymap, history, historyKeymap, isolateHistory, keymap,
  placeholder,
} from '../pkg/codemirror.js';

/** The text box's look; the widget's colours and font come through its custom properties. */
const LOOK = EditorView.theme({
  '&': {
    minBlockSize: '6.5rem', blockSize: '9.5rem', resize: 'vertical', overflow: 'hidden',
    background: 'var(--bg)', color: 'var(--fg)', border: '1px solid var(--line)', borderRadius: '0.4rem',
  },
  '&.cm-focused': { outline: '3px solid color-mix(in srgb, var(--per) 70%, var(--fg))', outlineOffset: '1px' },
  '.cm-scroller': { fontFamily: 'inherit', lineHeight: '1.7' },
  // The browser's own caret and selection (no drawn ones), in the theme's colours.
  '.cm-content': { padding: '0.5rem 0', caretColor: 'var(--fg)' },
  '.cm-line': { padding: '0 0.5rem' },
  // The English interface's hint reads left to right, in the right-to-left box.
  '.cm-placeholder': { color: 'var(--muted)', unicodeBidi: 'plaintext' },
});

/** Marks the edits the widget makes itself, which are not the reader's. */
const SET_BY_WIDGET = Annotation.define();

/** A plain-text editor of right-to-left Arabic that calls `onChange()` after each edit by the reader. */
export class TextEditor {
  #view;
  /** The words that name the box and stand in it while empty: they follow the interface's language. */
  #words = new Compartment();

  /**
   * Puts the editor in `parent`, inside `root` (the shadow root its styles
   * go into: `parent` is not in the page yet); `id` goes on its editable element.
   */
  constructor(parent, { root, id, onChange }) {
    this.#view = new EditorView({
      parent,
      root,
      state: EditorState.create({
        extensions: [
          history(),
          keymap.of([...defaultKeymap, ...historyKeymap]),
          EditorView.lineWrapping,
          EditorView.contentAttributes.of({ id, dir: 'rtl', lang: 'ar', spellcheck: 'false' }),
          this.#words.of([]),
          LOOK,
          EditorView.updateListener.of((update) => {
            if (update.docChanged && !update.transactions.some((transaction) => transaction.annotation(SET_BY_WIDGET))) {
              onChange();
            }
          }),
        ],
      }),
    });
  }

  /**
   * The text. Setting it replaces the whole text, as one step the reader can
   * undo (never merged with the edits around it): a text cleared or replaced
   * by a button is a key away.
   */
  get value() {
    return this.#view.state.doc.toString();
  }

  set value(text) {
    const { doc } = this.#view.state;
    this.#view.dispatch({ changes: { from: 0, to: doc.length, insert: text }, annotations: [SET_BY_WIDGET.of(true), isolateHistory.of('full')] });
  }

  /** Names the box (its accessible name) and gives the words shown in it while it is empty. */
  setWords({ label, hint }) {
    this.#view.dispatch({
      effects: this.#words.reconfigure([placeholder(hint), EditorView.contentAttributes.of({ 'aria-label': label })]),
    });
  }
}
