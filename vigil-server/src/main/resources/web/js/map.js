// Event places on Natural Earth country shapes (world-atlas, served locally), zoomable by region.
import { get, esc } from './api.js';
import { filters, setFilters } from './app.js';

const REGIONS = {
  World: [[-180, -58], [180, 80]],
  Europe: [[-12, 34], [45, 71]],
  'Middle East': [[25, 12], [63, 42]],
  Africa: [[-20, -36], [55, 38]],
  Asia: [[60, -10], [150, 55]],
  Americas: [[-170, -56], [-30, 72]],
};
let world = null;

export async function renderMap(el) {
  el.innerHTML = `<h1>Where events happened</h1>
    <div class="card">
      <div class="toolbar">${Object.keys(REGIONS).map(r => `<button class="secondary" data-region="${r}">${r}</button>`).join('')}
        <span id="map-total" class="muted" style="margin-left:auto"></span></div>
      <div id="map"></div>
      <p class="muted">Circle area is the number of events. Scroll to zoom; click a place to list its events.</p>
    </div>`;
  const [data] = await Promise.all([get('/api/stats/places', { ...filters, limit: 500 }), loadWorld()]);
  draw(el, data.places);
}

async function loadWorld() {
  if (world || typeof topojson === 'undefined') return;
  const res = await fetch('/vendor/countries-110m.json');
  if (res.ok) world = await res.json();
}

function draw(el, places) {
  const box = el.querySelector('#map');
  const width = box.clientWidth || 900, height = Math.round(width * 0.52);
  const projection = d3.geoNaturalEarth1().fitExtent([[4, 4], [width - 4, height - 4]], { type: 'Sphere' });
  const path = d3.geoPath(projection);
  const svg = d3.select(box).append('svg').attr('width', width).attr('height', height);
  const g = svg.append('g');
  g.append('path').attr('class', 'sphere').attr('d', path({ type: 'Sphere' }));
  g.append('path').attr('class', 'graticule').attr('d', path(d3.geoGraticule10()));
  if (world) {
    const countries = topojson.feature(world, world.objects.countries).features;
    g.append('g').selectAll('path').data(countries).join('path').attr('class', 'country').attr('d', path)
      .append('title').text(d => d.properties.name);
  }
  el.querySelector('#map-total').textContent = `${d3.sum(places, p => p.events)} events at ${places.length} places`;
  const r = d3.scaleSqrt().domain([0, d3.max(places, p => p.events) || 1]).range([0, 22]);
  const dots = g.append('g').selectAll('circle').data(places).join('circle').attr('class', 'place')
    .attr('cx', p => projection([p.lon, p.lat])[0]).attr('cy', p => projection([p.lon, p.lat])[1])
    .attr('r', p => Math.max(3, r(p.events)))
    .on('click', (_, p) => { setFilters({ near: `${p.lat.toFixed(3)},${p.lon.toFixed(3)},25` }); location.hash = '#/events'; });
  dots.append('title').text(p => `${p.name} (${p.country ?? '?'}): ${p.events} events`);
  const zoom = d3.zoom().scaleExtent([1, 40]).on('zoom', ({ transform }) => {
    g.attr('transform', transform);
    // Keep circles the same size on screen: the group's scale would blow them up.
    dots.attr('r', p => Math.max(3, r(p.events)) / transform.k);
  });
  svg.call(zoom);
  el.querySelectorAll('[data-region]').forEach(b => b.onclick = () => {
    el.querySelectorAll('[data-region]').forEach(o => o.classList.toggle('active', o === b));
    const [[w, s], [e, n]] = REGIONS[b.dataset.region];
    const [x0, y1] = projection([w, s]), [x1, y0] = projection([e, n]);
    const k = Math.min(40, 0.95 / Math.max((x1 - x0) / width, (y1 - y0) / height));
    const t = d3.zoomIdentity.translate(width / 2, height / 2).scale(k).translate(-(x0 + x1) / 2, -(y0 + y1) / 2);
    svg.transition().duration(750).call(zoom.transform, t);
  });
}
