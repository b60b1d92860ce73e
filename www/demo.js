// The demo page: the widget, opened on the sample article (or on the text
// the reader left there last time), and the version of the analyser.
import './lamha-analyzer.js';
import { version } from '../pkg/lamha.js';

const analyzer = document.querySelector('lamha-analyzer');
analyzer.addEventListener('lamha-analyzed', () => {
  document.getElementById('status').textContent = `Lamha ${version()} — يعمل دون اتصال، ولا يغادر النص جهازك.`;
  document.body.dataset.ready = 'true';
});
