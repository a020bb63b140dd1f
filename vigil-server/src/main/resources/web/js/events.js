// The events table with every filter of GET /api/events and paging.
import { get, esc, QUADS, actorLabel, casualties } from './api.js';
import { filters, setFilters } from './app.js';

const FIELDS = [
  ['from', 'From', 'date'], ['to', 'To', 'date'], ['actor', 'Actor code', 'text', 'SYR, KENPOL'],
  ['country', 'Country', 'text', 'IRQ'], ['code', 'CAMEO code', 'text', '19, 112'],
  ['text', 'Words in sentence', 'text', 'strike'], ['near', 'Near lat,lon,km', 'text', '36.9,43.0,50'],
];
const PAGE = 25;
let offset = 0;

export async function renderEvents(el) {
  el.innerHTML = `<h1>Events</h1>
    <form class="card filters" id="event-filters">
      ${FIELDS.map(([k, label, type, ph]) => `<label>${label}<input name="${k}" type="${type}" placeholder="${ph ?? ''}" value="${esc(filters[k] ?? '')}"></label>`).join('')}
      <label>QuadClass<select name="quad"><option value="">any</option>${Object.entries(QUADS).map(([q, d]) => `<option value="${q}" ${filters.quad == q ? 'selected' : ''}>${d.name}</option>`).join('')}</select></label>
      <label>&nbsp;<button type="submit">Filter</button></label>
    </form>
    <div class="toolbar"><span id="events-total" class="muted"></span>
      <span style="margin-left:auto"></span><button class="secondary" id="prev">◀ Previous</button><button class="secondary" id="next">Next ▶</button></div>
    <table id="events-table"><thead><tr><th>Date</th><th>Source</th><th>Event</th><th>Target</th><th>Place</th><th>Casualties</th><th>Sentence</th></tr></thead><tbody></tbody></table>
    <p id="events-error" class="error"></p>`;
  const form = el.querySelector('#event-filters');
  form.onsubmit = e => {
    e.preventDefault();
    setFilters(Object.fromEntries(new FormData(form)));
    offset = 0;
    load(el);
  };
  el.querySelector('#prev').onclick = () => { offset = Math.max(0, offset - PAGE); load(el); };
  el.querySelector('#next').onclick = () => { offset += PAGE; load(el); };
  await load(el);
}

async function load(el) {
  const err = el.querySelector('#events-error');
  err.textContent = '';
  let data;
  try {
    data = await get('/api/events', { ...filters, limit: PAGE, offset });
  } catch (e) { err.textContent = e.message; return; }
  el.querySelector('#events-total').textContent = data.total
    ? `${offset + 1}–${offset + data.events.length} of ${data.total} events` : 'No events match these filters.';
  el.querySelector('#prev').disabled = offset === 0;
  el.querySelector('#next').disabled = offset + data.events.length >= data.total;
  el.querySelector('tbody').innerHTML = data.events.map(e => `
    <tr data-id="${esc(e.id)}">
      <td>${esc(e.date ?? '')}</td>
      <td>${actorLabel(e.source)}</td>
      <td><span class="quad" style="background:${QUADS[e.quad_class].color}" title="${QUADS[e.quad_class].name}"></span>${esc(e.cameo)} ${esc(e.cameo_name)}</td>
      <td>${actorLabel(e.target)}</td>
      <td>${esc(e.location ? `${e.location.name}, ${e.location.country ?? ''}` : '')}</td>
      <td>${esc(casualties(e.size))}</td>
      <td>${esc(e.sentence.length > 140 ? e.sentence.slice(0, 137) + '…' : e.sentence)}</td>
    </tr>`).join('');
  el.querySelectorAll('tbody tr').forEach(tr => tr.onclick = () => { location.hash = '#/event/' + encodeURIComponent(tr.dataset.id); });
}
