// The demo page: the widget, opened on the sample article (or on the text
// the reader left there last time), and the version of the analyser. The
// page around the widget follows the widget's language and theme, so that
// switching either changes the whole page, not only the widget's box.
import './lamha-analyzer.js';
import { version } from '../pkg/lamha.js';

const PAGE = {
  ar: {
    intro: 'الصق مقالًا إخباريًا عربيًا لترى في لمحة من ذُكر فيه وأين، ومن قال ماذا. يجري كل شيء في متصفحك، ولا يُرسل النص إلى أي مكان.',
    footer: (v) => `Lamha ${v} — يعمل دون اتصال، ولا يغادر النص جهازك.`,
  },
  en: {
    intro: 'Paste an Arabic news article to see at a glance who is named in it, where, and who said what. Everything runs in your browser; the text is sent nowhere.',
    footer: (v) => `Lamha ${v} — works offline; the text never leaves your device.`,
  },
};

const analyzer = document.querySelector('lamha-analyzer');
let analysed = false;

function follow() {
  const lang = analyzer.getAttribute('lang') === 'en' ? 'en' : 'ar';
  const words = PAGE[lang];
  document.documentElement.lang = lang;
  document.documentElement.dir = lang === 'ar' ? 'rtl' : 'ltr';
  document.getElementById('intro').textContent = words.intro;
  if (analysed) document.getElementById('status').textContent = words.footer(version());
  // The page's own colours (Canvas, CanvasText) follow the widget's theme;
  // without one, the system's.
  const theme = analyzer.getAttribute('theme');
  document.documentElement.style.colorScheme = theme === 'dark' || theme === 'light' ? theme : '';
}

new MutationObserver(follow).observe(analyzer, { attributes: true, attributeFilter: ['lang', 'theme'] });
analyzer.addEventListener('lamha-analyzed', () => {
  analysed = true;
  follow();
  document.body.dataset.ready = 'true';
});
follow();
