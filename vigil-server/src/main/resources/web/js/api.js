// Talks to the Vigil REST API; every error body is {"error": "..."}.
export async function get(path, params = {}) {
  const q = new URLSearchParams(Object.entries(params).filter(([, v]) => v !== null && v !== undefined && v !== ''));
  const url = q.toString() ? `${path}?${q}` : path;
  return unwrap(await fetch(url, { headers: { Accept: 'application/json' } }));
}

export async function post(path, body) {
  return unwrap(await fetch(path, {
    method: 'POST', headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify(body),
  }));
}

async function unwrap(res) {
  const body = await res.json().catch(() => ({}));
  if (!res.ok) throw new Error(body.error || `HTTP ${res.status}`);
  return body;
}

export const QUADS = {
  1: { name: 'Verbal cooperation', color: 'var(--q1)', hex: '#74c476' },
  2: { name: 'Material cooperation', color: 'var(--q2)', hex: '#238b45' },
  3: { name: 'Verbal conflict', color: 'var(--q3)', hex: '#fd8d3c' },
  4: { name: 'Material conflict', color: 'var(--q4)', hex: '#d7301f' },
};

export function esc(s) {
  return String(s ?? '').replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
}

export function legend() {
  return `<div class="legend">${Object.values(QUADS).map(q => `<span style="--c:${q.color}">${q.name}</span>`).join('')}</div>`;
}

export function actorLabel(a) {
  if (!a) return '<span class="muted">—</span>';
  return `<b>${esc(a.code ?? '?')}</b> <span class="muted">${esc(a.text)}</span>`;
}

export function casualties(size) {
  if (!size) return '';
  return ['dead', 'injured', 'arrested'].filter(k => size[k] != null).map(k => `${size[k]} ${k}`).join(', ');
}

// Marks evidence spans in a text. Overlaps split into segments; the most telling kind wins.
const PRIORITY = ['trigger', 'dead', 'injured', 'arrested', 'source', 'target', 'place', 'date', 'attribution'];
export function highlight(text, spans) {
  const ok = spans.filter(s => s.start >= 0 && s.end <= text.length && s.start < s.end);
  const cuts = [...new Set([0, text.length, ...ok.flatMap(s => [s.start, s.end])])].sort((a, b) => a - b);
  let html = '';
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [a, b] = [cuts[i], cuts[i + 1]];
    const kinds = ok.filter(s => s.start <= a && s.end >= b).map(s => s.kind);
    const piece = esc(text.slice(a, b));
    if (!kinds.length) { html += piece; continue; }
    const kind = PRIORITY.find(k => kinds.includes(k)) || kinds[0];
    html += `<mark class="hl hl-${kind}" title="${esc(kinds.join(', '))}">${piece}</mark>`;
  }
  return html;
}

export function highlightLegend() {
  return `<div class="hl-legend">${['trigger', 'source', 'target', 'place', 'date', 'dead', 'attribution']
    .map(k => `<mark class="hl hl-${k}">${k === 'dead' ? 'casualties' : k}</mark>`).join('')}</div>`;
}
