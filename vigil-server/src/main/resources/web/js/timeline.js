// Events per period, stacked by QuadClass, with a brush that sets the shared date filter.
import { get, QUADS, legend } from './api.js';
import { filters, setFilters } from './app.js';

let by = 'day';

function periodStart(p) {
  if (/^\d{4}-W\d{2}$/.test(p)) { // ISO week: Monday of week 1 is the Monday on or before 4 January
    const [y, w] = [+p.slice(0, 4), +p.slice(6)];
    const jan4 = new Date(Date.UTC(y, 0, 4));
    const monday = new Date(jan4 - ((jan4.getUTCDay() + 6) % 7) * 864e5);
    return new Date(+monday + (w - 1) * 7 * 864e5);
  }
  if (/^\d{4}-\d{2}$/.test(p)) return new Date(p + '-01T00:00:00Z');
  return new Date(p + 'T00:00:00Z');
}

function periodEnd(start) {
  const d = new Date(start);
  if (by === 'month') d.setUTCMonth(d.getUTCMonth() + 1);
  else d.setUTCDate(d.getUTCDate() + (by === 'week' ? 7 : 1));
  return d;
}

const iso = d => d.toISOString().slice(0, 10);

export async function renderTimeline(el) {
  el.innerHTML = `<h1>Events over time</h1>
    <div class="card">
      <div class="toolbar">
        <span class="muted">per</span>
        ${['day', 'week', 'month'].map(b => `<button class="secondary ${b === by ? 'active' : ''}" data-by="${b}">${b}</button>`).join('')}
        <span id="timeline-total" class="muted" style="margin-left:auto"></span>
      </div>
      <div id="timeline"></div>
      ${legend()}
      <p class="muted">Drag across the chart to choose a period; the map, actor network and events table follow it.</p>
    </div>`;
  el.querySelectorAll('[data-by]').forEach(b => b.onclick = () => { by = b.dataset.by; renderTimeline(el); });
  // The brush chooses the period, so the chart itself ignores from/to.
  const { from, to, ...rest } = filters;
  const data = await get('/api/stats/timeline', { ...rest, by });
  draw(el.querySelector('#timeline'), data.buckets);
}

function draw(box, buckets) {
  const periods = [...new Set(buckets.map(b => b.period))].sort();
  const total = d3.sum(buckets, b => b.events);
  document.getElementById('timeline-total').textContent = `${total} events in ${periods.length} ${by}s`;
  if (!periods.length) { box.innerHTML = '<p class="muted">No events stored yet.</p>'; return; }
  const rows = periods.map(p => {
    const r = { period: p, start: periodStart(p) };
    for (const q of [1, 2, 3, 4]) r[q] = 0;
    buckets.filter(b => b.period === p).forEach(b => { r[b.quad_class] += b.events; });
    return r;
  });
  const width = box.clientWidth || 900, height = 300, m = { t: 10, r: 10, b: 28, l: 40 };
  const first = rows[0].start, last = periodEnd(rows[rows.length - 1].start);
  const pad = (last - first) * 0.04 || 864e5 * 3;
  const x = d3.scaleUtc().domain([new Date(+first - pad), new Date(+last + pad)]).range([m.l, width - m.r]);
  const series = d3.stack().keys([1, 2, 3, 4])(rows);
  const y = d3.scaleLinear().domain([0, d3.max(rows, r => r[1] + r[2] + r[3] + r[4])]).nice().range([height - m.b, m.t]);
  const svg = d3.select(box).append('svg').attr('width', width).attr('height', height);
  const barW = r => Math.max(3, x(periodEnd(r.start)) - x(r.start) - 1);
  svg.append('g').selectAll('g').data(series).join('g').attr('fill', s => QUADS[s.key].hex)
    .selectAll('rect').data(s => s).join('rect').attr('class', 'bar')
    .attr('x', d => x(d.data.start)).attr('width', d => barW(d.data))
    .attr('y', d => y(d[1])).attr('height', d => y(d[0]) - y(d[1]))
    .append('title').text(function (d) { const q = d3.select(this.parentNode.parentNode).datum().key; return `${d.data.period}: ${d.data[q]} ${QUADS[q].name.toLowerCase()}`; });
  svg.append('g').attr('class', 'axis').attr('transform', `translate(0,${height - m.b})`).call(d3.axisBottom(x).ticks(width / 90));
  svg.append('g').attr('class', 'axis').attr('transform', `translate(${m.l},0)`).call(d3.axisLeft(y).ticks(5).tickFormat(d3.format('~s')));
  const brush = d3.brushX().extent([[m.l, m.t], [width - m.r, height - m.b]]).on('end', ({ selection }) => {
    if (!selection) { setFilters({ from: null, to: null }); return; }
    const [a, b] = selection.map(x.invert);
    setFilters({ from: iso(a), to: iso(b) });
  });
  const g = svg.append('g').attr('class', 'brush').call(brush);
  if (filters.from && filters.to) {
    g.call(brush.move, [x(new Date(filters.from + 'T00:00:00Z')), x(new Date(filters.to + 'T00:00:00Z'))]);
  }
}
