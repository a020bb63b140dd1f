// Paste an article and a date, see the events Vigil codes from it (nothing is stored).
import { post, esc, QUADS, actorLabel, casualties, highlight, highlightLegend } from './api.js';

let last = { text: '', date: new Date().toISOString().slice(0, 10) };

export async function renderCode(el) {
  el.innerHTML = `<h1>Code an article</h1>
    <form class="card" id="code-form">
      <textarea name="text" id="code-text" placeholder="Paste the article text here">${esc(last.text)}</textarea>
      <div class="toolbar" style="margin-top:.5rem">
        <label>Publication date <input type="date" name="date" id="code-date" value="${esc(last.date)}" required></label>
        <button type="submit" id="code-submit">Code it</button>
        <span id="code-status" class="muted"></span>
      </div>
    </form>
    <div id="code-results"></div>`;
  el.querySelector('#code-form').onsubmit = async ev => {
    ev.preventDefault();
    last = { text: el.querySelector('#code-text').value, date: el.querySelector('#code-date').value };
    const status = el.querySelector('#code-status');
    status.textContent = 'Coding… (the first article loads the language models and can take a while)';
    status.className = 'muted';
    try {
      const { events } = await post('/api/code', last);
      status.textContent = `${events.length} events`;
      show(el.querySelector('#code-results'), last.text, events);
    } catch (e) {
      status.textContent = e.message;
      status.className = 'error';
    }
  };
}

function show(box, text, events) {
  if (!events.length) { box.innerHTML = '<p class="muted">No political events found in this text.</p>'; return; }
  box.innerHTML = `<div class="grid2">
      <div class="card"><h2>The article</h2>${highlightLegend()}<div class="article" id="code-article"></div></div>
      <div>${events.map((e, i) => `
        <div class="card event-card" data-i="${i}" style="--c:${QUADS[e.quad_class].color}">
          <div>${actorLabel(e.source)} → <b>${esc(e.cameo_name)}</b> <span class="muted">(${esc(e.cameo)})</span> → ${actorLabel(e.target)}</div>
          <div class="muted">${esc(e.date ?? '')}${e.location ? ' · ' + esc(e.location.name) : ''}${casualties(e.size) ? ' · ' + esc(casualties(e.size)) : ''}</div>
          <div><code class="rule">${esc(e.rule)}</code></div>
        </div>`).join('')}</div>
    </div>`;
  const article = box.querySelector('#code-article');
  const select = i => {
    box.querySelectorAll('.event-card').forEach(c => c.classList.toggle('selected', +c.dataset.i === i));
    article.innerHTML = highlight(text, i < 0 ? events.map(e => e.highlights.find(h => h.kind === 'trigger')) : events[i].highlights);
  };
  box.querySelectorAll('.event-card').forEach(c => c.onclick = () => select(+c.dataset.i));
  select(0);
}
