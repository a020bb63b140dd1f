// Who acts on whom: actors as nodes, dyads as arrows; width = events, colour = conflict or cooperation.
import { get, esc } from './api.js';
import { filters, setFilters } from './app.js';

export async function renderNetwork(el) {
  el.innerHTML = `<h1>Actor network</h1>
    <div class="card">
      <div class="toolbar"><span id="network-total" class="muted"></span></div>
      <div id="network"></div>
      <div class="legend"><span style="--c:#d7301f">mostly conflict</span><span style="--c:#2b8cbe">mostly cooperation</span></div>
      <p class="muted">An arrow goes from the actor who acts to the one acted upon; its width is the number of events. Click an actor to list its events.</p>
    </div>`;
  const { dyads } = await get('/api/stats/dyads', { ...filters, limit: 60 });
  draw(el, dyads.filter(d => d.source && d.target));
}

function draw(el, dyads) {
  const box = el.querySelector('#network');
  el.querySelector('#network-total').textContent = `${dyads.length} actor pairs, ${d3.sum(dyads, d => d.events)} events`;
  if (!dyads.length) { box.innerHTML = '<p class="muted">No actor pairs for these filters.</p>'; return; }
  const width = box.clientWidth || 900, height = 520;
  const nodes = [...new Set(dyads.flatMap(d => [d.source, d.target]))].map(id => ({ id }));
  const links = dyads.map(d => ({ ...d, source: d.source, target: d.target }));
  const weight = d3.scaleSqrt().domain([1, d3.max(dyads, d => d.events)]).range([1.5, 9]);
  const degree = d3.rollup(dyads.flatMap(d => [[d.source, d.events], [d.target, d.events]]), v => d3.sum(v, x => x[1]), x => x[0]);
  const radius = id => 6 + Math.sqrt(degree.get(id) || 1) * 2.5;
  const color = d => d.conflict > d.cooperation ? '#d7301f' : '#2b8cbe';
  const svg = d3.select(box).append('svg').attr('width', width).attr('height', height);
  const defs = svg.append('defs');
  for (const c of ['#d7301f', '#2b8cbe']) {
    defs.append('marker').attr('id', 'arrow' + c.slice(1)).attr('viewBox', '0 -5 10 10').attr('refX', 10)
      .attr('markerWidth', 5).attr('markerHeight', 5).attr('orient', 'auto')
      .append('path').attr('d', 'M0,-5L10,0L0,5').attr('fill', c);
  }
  const link = svg.append('g').selectAll('line').data(links).join('line').attr('class', 'link')
    .attr('stroke', color).attr('stroke-width', d => weight(d.events))
    .attr('marker-end', d => `url(#arrow${color(d).slice(1)})`);
  link.append('title').text(d => `${d.source} → ${d.target}: ${d.events} events (${d.conflict} conflict, ${d.cooperation} cooperation, mean Goldstein ${d.mean_goldstein.toFixed(1)})`);
  const node = svg.append('g').selectAll('g').data(nodes).join('g').attr('class', 'node')
    .on('click', (_, n) => { setFilters({ actor: n.id }); location.hash = '#/events'; });
  node.append('circle').attr('r', n => radius(n.id));
  node.append('text').attr('x', n => radius(n.id) + 3).attr('y', 4).text(n => n.id);
  node.call(d3.drag()
    .on('start', (e, n) => { if (!e.active) sim.alphaTarget(0.3).restart(); n.fx = n.x; n.fy = n.y; })
    .on('drag', (e, n) => { n.fx = e.x; n.fy = e.y; })
    .on('end', (e, n) => { if (!e.active) sim.alphaTarget(0); n.fx = null; n.fy = null; }));
  const sim = d3.forceSimulation(nodes)
    .force('link', d3.forceLink(links).id(n => n.id).distance(110))
    .force('charge', d3.forceManyBody().strength(-350))
    .force('center', d3.forceCenter(width / 2, height / 2))
    .force('collide', d3.forceCollide(n => radius(n.id) + 14))
    .on('tick', () => {
      nodes.forEach(n => { n.x = Math.max(20, Math.min(width - 60, n.x)); n.y = Math.max(20, Math.min(height - 20, n.y)); });
      link.each(function (d) { // stop arrows at the target's edge
        const dx = d.target.x - d.source.x, dy = d.target.y - d.source.y, len = Math.hypot(dx, dy) || 1;
        const r = radius(d.target.id) + 2;
        d3.select(this).attr('x1', d.source.x).attr('y1', d.source.y)
          .attr('x2', d.target.x - dx / len * r).attr('y2', d.target.y - dy / len * r);
      });
      node.attr('transform', n => `translate(${n.x},${n.y})`);
    });
}
