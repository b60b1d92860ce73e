// The demo page: analyses the sample article with the Wasm module and shows
// it with its entities highlighted. Text enters the page only as text nodes.
import init, { analyze, version } from '../pkg/lamha.js';

await init();
const text = await (await fetch('sample.txt')).text();
const analysis = analyze(text);

const container = document.getElementById('text');
let position = 0;
for (const entity of analysis.entities) {
  container.append(document.createTextNode(text.slice(position, entity.start)));
  const mark = document.createElement('mark');
  mark.dataset.label = entity.label;
  mark.textContent = text.slice(entity.start, entity.end);
  container.append(mark);
  position = entity.end;
}
container.append(document.createTextNode(text.slice(position)));
document.getElementById('status').textContent =
  `Lamha ${version()}: ${analysis.entities.length} entities, ${analysis.quotes.length} quotes`;
document.body.dataset.ready = 'true';
