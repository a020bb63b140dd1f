// One event: its article with the evidence marked, what was coded, the rule, and its story.
import { get, esc, QUADS, actorLabel, casualties, highlight, highlightLegend } from './api.js';

export async function renderEvent(el, id) {
  const data = await get('/api/events/' + encodeURIComponent(id));
  const e = data.event, a = data.article;
  const q = QUADS[e.quad_class];
  let text, spans;
  if (a) { text = a.text; spans = data.highlights; } else {
    // Without the article, mark the evidence in the sentence by its words.
    text = e.sentence;
    spans = data.highlights.map(h => ({ ...h, start: text.indexOf(h.text), end: text.indexOf(h.text) + h.text.length }));
  }
  const m = e.modality, flags = Object.keys(m).filter(k => m[k]);
  el.innerHTML = `<p><a href="#/events">← Events</a></p>
    <h1><span class="quad" style="background:${q.color}"></span>${esc(e.cameo_name)} <span class="muted">CAMEO ${esc(e.cameo)} · ${q.name} · Goldstein ${e.goldstein}</span></h1>
    <div class="grid2">
      <div class="card" id="evidence">
        <h2>${esc(a?.title ?? 'Sentence')}</h2>
        <p class="muted">${esc(a ? `${a.id} · ${a.date ?? 'undated'} · ${a.source ?? ''}` : '')}</p>
        ${highlightLegend()}
        <div class="article" id="article">${highlight(text, spans)}</div>
      </div>
      <div>
        <div class="card">
          <dl class="fields" id="event-fields">
            <dt>Source</dt><dd>${actorLabel(e.source)}${e.source?.name ? ` <i>(${esc(e.source.name)})</i>` : ''}</dd>
            <dt>Event</dt><dd><mark class="hl hl-trigger">${esc(e.trigger.text)}</mark> ${esc(e.cameo)} ${esc(e.cameo_name)} ${e.plover.type ? ' · PLOVER ' + esc(e.plover.type) : ''}${e.plover.mode ? ' / ' + esc(e.plover.mode) : ''}</dd>
            <dt>Target</dt><dd>${actorLabel(e.target)}${e.target?.name ? ` <i>(${esc(e.target.name)})</i>` : ''}</dd>
            <dt>Date</dt><dd>${esc(e.date ?? 'unknown')} <span class="muted">(${esc(e.date_precision ?? '')}, from ${esc(e.date_source ?? '')})</span></dd>
            <dt>Place</dt><dd>${e.location ? `${esc(e.location.name)}${e.location.country ? ', ' + esc(e.location.country) : ''} <span class="muted">${e.location.lat != null ? `${e.location.lat.toFixed(2)}, ${e.location.lon.toFixed(2)} (${esc(e.location.precision)})` : 'not located'}</span>` : '<span class="muted">—</span>'}</dd>
            <dt>Casualties</dt><dd>${esc(casualties(e.size)) || '<span class="muted">—</span>'}</dd>
            <dt>Reported by</dt><dd>${e.attribution ? actorLabel(e.attribution) : '<span class="muted">—</span>'}</dd>
            <dt>Modality</dt><dd>${flags.length ? esc(flags.join(', ')) : 'asserted'}</dd>
            <dt>Rule</dt><dd><code class="rule" id="event-rule">${esc(e.rule)}</code></dd>
            <dt>Confidence</dt><dd>${e.confidence}</dd>
            <dt>Event id</dt><dd><code>${esc(e.id)}</code></dd>
          </dl>
        </div>
        <div class="card">
          <h2>Story ${esc(data.story.story_id)}</h2>
          <p class="muted">${data.story.num_mentions} mentions in ${data.story.num_articles} articles from ${data.story.num_sources} sources</p>
          <ul>${data.story.mentions.map(s => `<li><a href="#/event/${encodeURIComponent(s.id)}">${esc(s.id)}</a> ${esc(s.sentence.slice(0, 90))}</li>`).join('')}</ul>
        </div>
      </div>
    </div>`;
}
