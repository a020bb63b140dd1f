// The dashboard: hash routes over views that read the shared filters.
import { renderTimeline } from './timeline.js';
import { renderMap } from './map.js';
import { renderNetwork } from './network.js';
import { renderEvents } from './events.js';
import { renderEvent } from './event.js';
import { renderCode } from './code.js';

// Filters shared by the views: the timeline brush sets from/to, the map and network narrow further.
export const filters = {};

export function setFilters(changes) {
  for (const [k, v] of Object.entries(changes)) {
    if (v === null || v === undefined || v === '') delete filters[k]; else filters[k] = v;
  }
  chips();
}

function chips() {
  const el = document.getElementById('filter-chips');
  el.innerHTML = Object.entries(filters).map(([k, v]) =>
    `<span class="chip">${k}: ${String(v).replace(/</g, '&lt;')} <button data-k="${k}" title="remove">×</button></span>`).join('');
  el.querySelectorAll('button').forEach(b => b.onclick = () => { setFilters({ [b.dataset.k]: null }); route(); });
}

const views = {
  '': renderTimeline, map: renderMap, network: renderNetwork, events: renderEvents, code: renderCode,
};

export async function route() {
  const hash = location.hash.replace(/^#\/?/, '');
  const [name, ...rest] = hash.split('/');
  const el = document.getElementById('view');
  document.querySelectorAll('nav a').forEach(a =>
    a.classList.toggle('active', (a.dataset.view === 'overview' ? '' : a.dataset.view) === name));
  try {
    if (name === 'event') await renderEvent(el, decodeURIComponent(rest.join('/')));
    else await (views[name] || renderTimeline)(el);
  } catch (e) {
    el.innerHTML = `<p class="error">Could not load this view: ${String(e.message).replace(/</g, '&lt;')}</p>`;
  }
}

window.addEventListener('hashchange', route);
route();
