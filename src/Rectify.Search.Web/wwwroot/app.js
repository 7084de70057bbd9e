// Rectify.Search web app: one page whose state is the query string (every view is an address to share), built from
// the JSON API of the same host. No framework, no inline script (the page's CSP forbids it), no third-party host.

const main = document.getElementById('main');
let texts = {};
let lang = localStorage.getItem('lang') === 'en' ? 'en' : 'zh';

// ---- small helpers ------------------------------------------------------------------------------------------------

/** An element: h('a', { href: '/' }, 'text', child …); attributes starting with "on" are listeners. */
function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
    else if (k === 'class') el.className = v;
    else el.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children.flat(Infinity)) if (c !== null && c !== undefined && c !== false) el.append(c instanceof Node ? c : String(c));
  return el;
}

/** The text of key in the current language, {name} placeholders filled. */
function t(key, values = {}) {
  const s = texts[key] ?? key;
  return s.replace(/\{(\w+)\}/g, (_, k) => values[k] ?? '');
}

const locale = () => (lang === 'zh' ? 'zh-CN' : 'en');
const num = n => Number(n).toLocaleString(locale());

/** 2025-12-31 as 2025年12月31日 (Chinese) or as is (English); 2025-12 as 2025年12月. */
function date(iso) {
  if (!iso) return '';
  if (lang !== 'zh') return iso;
  const [y, m, d] = iso.split('-');
  return `${y}年${m ? Number(m) + '月' : ''}${d ? Number(d) + '日' : ''}`;
}

function params() { return new URLSearchParams(location.search); }

/** Moves to the view the query string describes, keeping it in the history. */
function go(query) {
  const search = query instanceof URLSearchParams ? query.toString() : new URLSearchParams(query).toString();
  history.pushState(null, '', search ? `/?${search}` : '/');
  render();
}

/** A link to a view that stays in the page (it still works as a plain link, opened in a new tab). */
function link(query, ...children) {
  const href = '/?' + new URLSearchParams(query).toString();
  return h('a', { href, onclick: e => { if (e.ctrlKey || e.metaKey || e.shiftKey) return; e.preventDefault(); go(query); } }, ...children);
}

async function api(path, options) {
  const response = await fetch(path, options);
  const body = response.headers.get('content-type')?.includes('json') ? await response.json() : null;
  if (!response.ok) {
    const error = new Error(body?.detail || body?.title || response.statusText);
    error.status = response.status;
    error.body = body;
    throw error;
  }
  return body;
}

function failure(error) { return h('p', { class: 'error', role: 'alert' }, t('failed', { m: error.message })); }

/** A highlight from the API (HTML-escaped, matches in <em>) as nodes: only text and <em> are kept. */
function highlight(html) {
  const doc = new DOMParser().parseFromString(`<p>${html}</p>`, 'text/html');
  const out = h('span', { class: 'hl' });
  for (const node of doc.body.firstChild.childNodes) {
    out.append(node.nodeName === 'EM' ? h('em', {}, node.textContent) : node.textContent);
  }
  return out;
}

function regionName(region) {
  if (!region) return '';
  return [region.province, region.city, region.county].filter(Boolean).filter((v, i, a) => a.indexOf(v) === i).join(' ');
}

function planMeta(d) {
  return [regionName(d.region), d.region?.levelLabel, d.year ? (lang === 'zh' ? `${d.year}年` : d.year) : null,
    d.round ? t('round', { n: d.round }) : null, d.kind ? t('kind.' + d.kind) : null].filter(Boolean).join(' · ');
}

/** A target as printed the Chinese way: 测土配方施肥技术覆盖率 ≥ 90%. */
function target(x) {
  const cmp = { '>=': '≥', '<=': '≤', '=': '=', '>': '>', '<': '<' }[x.cmp] ?? x.cmp;
  return `${x.metric} ${cmp} ${num(x.value)}${x.unit}${x.by ? `（${date(x.by)}）` : ''}`;
}

function deadlineText(dl) {
  if (!dl) return '';
  const when = dl.date ? date(dl.date) : '';
  const kind = lang === 'zh' ? dl.kindLabel : dl.kind;
  return [when, dl.kind !== 'date' ? kind : null, dl.statusLabel].filter(Boolean).join(' · ') || dl.raw;
}

function download(name, type, text) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = h('a', { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function setView(name) {
  for (const a of document.querySelectorAll('nav a[data-nav]')) {
    if (a.dataset.nav === name) a.setAttribute('aria-current', 'page'); else a.removeAttribute('aria-current');
  }
}

// ---- search -------------------------------------------------------------------------------------------------------

const filterKeys = ['province', 'city', 'county', 'level', 'department', 'place', 'theme', 'yearFrom', 'yearTo', 'deadlineFrom', 'deadlineTo', 'documentId'];

async function searchView(p) {
  setView('search');
  const q = p.get('q') || '';
  const unit = p.get('unit') || 'problem';
  const form = h('form', { class: 'bar', role: 'search', onsubmit: e => {
    e.preventDefault();
    const next = new URLSearchParams(params());
    next.delete('view'); next.delete('page'); next.delete('plan');
    const value = form.elements.q.value.trim();
    if (value) next.set('q', value); else next.delete('q');
    next.set('unit', form.elements.unit.value);
    for (const k of ['yearFrom', 'yearTo', 'deadlineFrom', 'deadlineTo']) {
      const v = form.elements[k].value.trim();
      if (v) next.set(k, v); else next.delete(k);
    }
    go(next);
  } },
    h('label', {}, t('query'), h('input', { type: 'search', name: 'q', value: q, placeholder: t('queryPlaceholder'), autofocus: true })),
    h('label', {}, t('unit'), h('select', { name: 'unit' },
      h('option', { value: 'problem', selected: unit === 'problem' }, t('unitProblem')),
      h('option', { value: 'measure', selected: unit === 'measure' }, t('unitMeasure')))),
    h('label', {}, t('yearFrom'), h('input', { name: 'yearFrom', inputmode: 'numeric', size: 5, value: p.get('yearFrom') || '' })),
    h('label', {}, t('yearTo'), h('input', { name: 'yearTo', inputmode: 'numeric', size: 5, value: p.get('yearTo') || '' })),
    h('label', {}, t('deadlineFrom'), h('input', { name: 'deadlineFrom', size: 10, placeholder: '2025-01', value: p.get('deadlineFrom') || '' })),
    h('label', {}, t('deadlineTo'), h('input', { name: 'deadlineTo', size: 10, placeholder: '2025-12', value: p.get('deadlineTo') || '' })),
    h('button', { type: 'submit' }, t('search')));
  main.replaceChildren(h('h1', {}, t('searchTitle')), form);

  const active = filterKeys.flatMap(k => p.getAll(k).map(v => [k, v]));
  if (!q && active.length === 0) return;
  if (active.length) {
    main.append(h('div', { class: 'chips', 'aria-label': t('clear') },
      active.map(([k, v]) => h('button', { type: 'button', class: 'chip', 'aria-label': `${t('remove')} ${v}`, onclick: () => {
        const next = new URLSearchParams(params());
        const rest = next.getAll(k).filter(x => x !== v);
        next.delete(k); rest.forEach(x => next.append(k, x)); next.delete('page');
        go(next);
      } }, `${v} ✕`))));
  }
  const query = new URLSearchParams();
  if (q) query.set('q', q);
  query.set('unit', unit);
  for (const [k, v] of active) query.append(k, v);
  const page = Number(p.get('page') || 1);
  query.set('page', page); query.set('pageSize', 20); query.set('facets', 'all');
  const results = h('div', {}, h('p', { class: 'status' }, t('loading')));
  main.append(results);
  let body;
  try { body = await api('/api/search?' + query); } catch (e) { results.replaceChildren(failure(e)); return; }

  const status = h('p', { class: 'status' + (body.matched === 'partial' ? ' partial' : ''), id: 'result-status' },
    t('total', { n: num(body.total) }),
    body.matched === 'all' ? ' · ' + t('matchedAll', { n: num(body.fullMatches) }) : '',
    body.matched === 'partial' ? ' · ' + t('matchedPartial') : '');
  const facets = h('aside', { class: 'facets', 'aria-label': t('facetTheme') },
    facet(t('facetProvince'), 'province', body.facets.province, p),
    p.has('province') || p.has('city') ? facet(t('facetCity'), 'city', body.facets.city, p) : null,
    p.has('city') || p.has('county') ? facet(t('facetCounty'), 'county', body.facets.county, p) : null,
    facet(t('facetLevel'), 'level', body.facets.level, p),
    facet(t('facetDepartment'), 'department', body.facets.department, p),
    // A place by its name under its province (河南省濮阳市台前县): the address and the chip read as the facet does.
    facet(t('facetPlace'), 'place', (body.facets.place || []).map(v => ({ ...v, value: v.name || v.value })), p),
    yearFacet(t('facetYear'), ['yearFrom', 'yearTo'], body.facets.year, p),
    yearFacet(t('facetDeadlineYear'), ['deadlineFrom', 'deadlineTo'], body.facets.deadlineYear, p),
    facet(t('facetTheme'), 'theme', body.facets.theme, p));
  const list = h('div', { id: 'results' });
  if (body.hits.length === 0) list.append(h('p', {}, t('noResults')));
  for (const group of groupByPlan(body.hits)) list.append(planGroup(group, unit));
  const pages = Math.max(1, Math.ceil(body.total / body.pageSize));
  const pager = h('div', { class: 'pager' },
    h('button', { type: 'button', class: 'secondary', disabled: page <= 1, onclick: () => { const n = new URLSearchParams(params()); n.set('page', page - 1); go(n); } }, t('prev')),
    h('span', {}, t('page', { p: num(page), n: num(pages) })),
    h('button', { type: 'button', class: 'secondary', disabled: page >= pages, onclick: () => { const n = new URLSearchParams(params()); n.set('page', page + 1); go(n); } }, t('next')),
    h('button', { type: 'button', class: 'secondary', onclick: () => download('rectify-search.csv', 'text/csv', toCsv(body.hits)) }, t('exportCsv')),
    h('button', { type: 'button', class: 'secondary', onclick: () => download('rectify-search.jsonl', 'application/x-ndjson', body.hits.map(x => JSON.stringify(x)).join('\n') + '\n') }, t('exportJsonl')));
  results.replaceChildren(status, h('div', { class: 'layout' }, facets, h('div', {}, list, pager)));
}

function facet(title, key, values, p) {
  const chosen = p.getAll(key);
  return h('section', {}, h('h2', {}, title), h('ul', {}, values.map(v => h('li', {},
    h('button', { type: 'button', 'aria-pressed': chosen.includes(v.value) ? 'true' : 'false', 'data-facet': key, 'data-value': v.value, onclick: () => {
      const next = new URLSearchParams(params());
      if (chosen.includes(v.value)) { const rest = chosen.filter(x => x !== v.value); next.delete(key); rest.forEach(x => next.append(key, x)); }
      else next.append(key, v.value);
      next.delete('page');
      go(next);
    } }, h('span', {}, key === 'level' ? t('level.' + v.value) : v.name || v.value), h('span', { class: 'count' }, num(v.count)))))));
}

/** Years as a facet: a click narrows both ends of the range to that year, a second click opens it again. */
function yearFacet(title, [from, to], values, p) {
  const years = [...values].sort((a, b) => b.value.localeCompare(a.value));
  return h('section', {}, h('h2', {}, title), h('ul', {}, years.map(v => {
    const chosen = p.get(from) === v.value && p.get(to) === v.value;
    return h('li', {}, h('button', { type: 'button', 'aria-pressed': chosen ? 'true' : 'false', 'data-facet': from, 'data-value': v.value, onclick: () => {
      const next = new URLSearchParams(params());
      if (chosen) { next.delete(from); next.delete(to); } else { next.set(from, v.value); next.set(to, v.value); }
      next.delete('page');
      go(next);
    } }, h('span', {}, lang === 'zh' ? `${v.value}年` : v.value), h('span', { class: 'count' }, num(v.count))));
  })));
}

function groupByPlan(hits) {
  const groups = [];
  for (const hit of hits) {
    const last = groups[groups.length - 1];
    if (last && last.document.id === hit.document.id) last.hits.push(hit);
    else groups.push({ document: hit.document, hits: [hit] });
  }
  return groups;
}

function planGroup(group, unit) {
  const d = group.document;
  return h('article', { class: 'plan', 'data-document': d.id },
    h('header', {}, h('h2', {}, link({ plan: d.id }, d.title || d.id)), h('span', { class: 'meta' }, planMeta(d))),
    group.hits.map(hit => {
      const p = hit.problem;
      return h('div', { class: 'hit' },
        h('h3', {}, link({ plan: d.id, focus: p.id }, `${p.label}、${p.title}`)),
        unit === 'measure' && hit.measure ? h('p', {}, hit.measure.ordinal ? `${hit.measure.ordinal} ` : '', hit.highlights.length ? highlight(hit.highlights[0]) : hit.measure.text) : null,
        unit !== 'measure' ? hit.highlights.map(x => h('p', {}, highlight(x))) : null,
        h('p', { class: 'meta' }, `${t('deadline')}：${deadlineText(p.deadline)}`, p.leadUnits.length ? ` · ${t('leadUnits')}：${p.leadUnits.join('、')}` : ''),
        hit.measures?.length ? h('div', {}, h('span', { class: 'meta' }, t('bestMeasures')),
          h('ul', { class: 'measures' }, hit.measures.map(m => h('li', {}, m.measure.ordinal ? `${m.measure.ordinal} ` : '',
            m.highlights.length ? highlight(m.highlights[0]) : m.measure.text, ' ', link({ view: 'precedents', measure: m.measure.id }, t('findPrecedents')))))) : null);
    }));
}

function toCsv(hits) {
  const rows = [['document', 'title', 'region', 'year', 'problem', 'label', 'problemTitle', 'deadline', 'leadUnits', 'measure', 'measureText']];
  for (const x of hits) {
    rows.push([x.document.id, x.document.title, regionName(x.document.region), x.document.year, x.problem.id, x.problem.label, x.problem.title,
      x.problem.deadline.date || x.problem.deadline.raw, x.problem.leadUnits.join('、'), x.measure?.id || '', x.measure?.text || '']);
  }
  return '\ufeff' + rows.map(r => r.map(v => `"${String(v ?? '').replace(/"/g, '""')}"`).join(',')).join('\r\n') + '\r\n';
}

// ---- plan ---------------------------------------------------------------------------------------------------------

async function planView(p) {
  setView('search');
  const id = p.get('plan');
  main.replaceChildren(h('p', { class: 'status' }, t('loading')));
  let body;
  try { body = await api('/api/documents/' + encodeURIComponent(id)); } catch (e) { main.replaceChildren(failure(e)); return; }
  const d = body.document;
  document.title = `${d.title || d.id} · Rectify.Search`;
  const meta = h('dl', { class: 'fields' },
    [[t('region'), `${regionName(d.region)}（${d.region?.code ?? ''}）`], [t('level'), d.region?.levelLabel], [t('year'), d.year],
      [t('inspection'), [d.kind ? t('kind.' + d.kind) : null, d.round ? t('round', { n: d.round }) : null].filter(Boolean).join(' · ')],
      [t('issuer'), d.issuingBody], [t('docNumber'), d.documentNumber], [t('date'), date(d.date)],
      [t('problemList'), `${t('problems', { n: d.problemCount })}，${t('measures', { n: d.measureCount })}`]]
      .filter(([, v]) => v).map(([k, v]) => [h('dt', {}, k), h('dd', {}, String(v))]));
  const sections = body.sections?.length ? h('details', {}, h('summary', {}, t('body')), body.sections.map(section)) : null;
  main.replaceChildren(
    h('h1', {}, d.title || d.id), meta,
    h('p', {}, h('a', { class: 'button secondary', href: `/api/documents/${encodeURIComponent(d.id)}/source` }, t('download'))),
    ...[sections, h('h2', {}, t('problemList')), ...body.problems.map(x => problem(x, d))].filter(Boolean));
  const focus = p.get('focus');
  if (focus) document.getElementById(focus)?.scrollIntoView();
}

function section(s) {
  const heading = `${s.ordinal} ${s.heading}`.trim();
  return h('section', {}, heading ? h('h3', {}, heading) : null, s.text ? h('p', {}, s.text) : null, s.children.map(section));
}

function problem({ problem: p, measures }, d) {
  const roles = new Map();
  for (const u of p.units) {
    const role = lang === 'zh' ? u.roleLabel : u.role;
    roles.set(role, [...(roles.get(role) || []), u.department ? `${u.name}（${u.department.name}）` : u.name]);
  }
  const fields = [[t('target'), p.target], [t('deadline'), deadlineText(p.deadline) + (p.deadline.raw && p.deadline.date ? `（${p.deadline.raw}）` : '')],
    ...[...roles].map(([role, names]) => [role, names.join('、')]), [t('leaders'), p.leaders.join('、')], [t('persons'), p.responsiblePersons.join('、')],
    [t('progress'), p.progress],
    [t('targets'), p.targets.map(target).join('；')]];
  return h('article', { class: 'problem', id: p.id },
    h('h3', {}, `${p.label}、${p.title}`),
    p.categories.length ? h('p', { class: 'meta' }, p.categories.join(' › ')) : null,
    h('p', {}, p.text),
    h('dl', { class: 'fields' }, fields.filter(([, v]) => v).map(([k, v]) => [h('dt', {}, k), h('dd', {}, v)])),
    p.themes.length ? h('div', { class: 'chips' }, p.themes.map(th => h('span', { class: 'chip', title: `${t('matchedBy')}：${th.matches.map(m => m.phrase).join('、')}` },
      link({ theme: th.id }, th.name), h('span', { class: 'theme-match' }, ` ${t('matchedBy')}：${[...new Set(th.matches.map(m => m.phrase))].slice(0, 4).join('、')}`)))) : null,
    h('ul', { class: 'measures' }, measures.map(m => h('li', { id: m.id }, m.ordinal ? `${m.ordinal} ` : '', m.text, ' ',
      m.deadline ? h('span', { class: 'meta' }, `（${deadlineText(m.deadline)}）`) : null, ' ',
      link({ view: 'precedents', measure: m.id }, t('findPrecedents'))))));
}

// ---- precedents ---------------------------------------------------------------------------------------------------

async function precedentsView(p) {
  setView('precedents');
  const unit = p.get('unit') || 'measure';
  const scope = p.get('scope') || 'other-provinces';
  const form = h('form', { class: 'bar', onsubmit: e => {
    e.preventDefault();
    const next = new URLSearchParams({ view: 'precedents', text: form.elements.text.value.trim(), unit: form.elements.unit.value, scope: form.elements.scope.value });
    if (form.elements.province.value.trim()) next.set('province', form.elements.province.value.trim());
    go(next);
  } },
    h('label', { class: 'wide' }, t('draft'), h('textarea', { name: 'text', rows: 4 }, p.get('text') || '')),
    h('label', {}, t('precedentUnit'), h('select', { name: 'unit' }, [['measure', t('unitMeasure')], ['problem', t('unitProblem')], ['target', t('unitTarget')]]
      .map(([v, l]) => h('option', { value: v, selected: unit === v }, l)))),
    h('label', {}, t('scope'), h('select', { name: 'scope' }, [['other-provinces', t('scopeOtherProvinces')], ['other-documents', t('scopeOtherDocuments')], ['all', t('scopeAll')]]
      .map(([v, l]) => h('option', { value: v, selected: scope === v }, l)))),
    h('label', {}, t('province'), h('input', { name: 'province', size: 8, value: p.get('province') || '' })),
    h('button', { type: 'submit' }, t('find')));
  main.replaceChildren(h('h1', {}, t('precedentsTitle')), form);
  const measure = p.get('measure');
  const text = p.get('text');
  if (!measure && !text) return;
  const out = h('div', { id: 'precedents' }, h('p', { class: 'status' }, t('loading')));
  main.append(out);
  let body;
  try {
    body = measure
      ? await api(`/api/measures/${encodeURIComponent(measure)}/similar?` + new URLSearchParams({ unit, scope }))
      : await api('/api/similar', { method: 'POST', headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ text, unit, scope, province: p.get('province') || null, k: 10 }) });
  } catch (e) { out.replaceChildren(failure(e)); return; }
  const asked = body.source ? h('p', { class: 'meta' }, `${t('askingMeasure')}：${body.source.text}`) : null;
  let items = [];
  if (body.unit === 'problem') items = (body.problems || []).map(x => precedent(x.document, `${x.problem.label}、${x.problem.title}`, x.problem.text, x.sharedTerms, x.problem.id));
  else if (body.unit === 'target') items = (body.targets || []).map(x => precedent(x.document, `${x.problem.label}、${x.problem.title}`, x.target.text, x.sharedTerms, x.problem.id));
  else items = body.hits.map(x => precedent(x.document, `${x.problem.label}、${x.problem.title}`, x.measure.text, x.sharedTerms, x.measure.id));
  out.replaceChildren(...[asked, ...(items.length ? items : [h('p', {}, t('noResults'))])].filter(Boolean));
}

function precedent(d, heading, text, shared, id) {
  const citation = `${text}（${t('source')}：${d.title || d.id}，${regionName(d.region)}${d.year ? `，${d.year}` : ''}）`;
  const copy = h('button', { type: 'button', class: 'secondary', onclick: async () => {
    try { await navigator.clipboard.writeText(citation); } catch { download('precedent.txt', 'text/plain', citation); }
    copy.textContent = t('copied');
  } }, t('copy'));
  return h('article', { class: 'precedent', 'data-id': id },
    h('p', { class: 'meta' }, link({ plan: d.id, focus: id.replace(/\.m\d+$/, '') }, d.title || d.id), ' · ', planMeta(d)),
    h('p', {}, h('strong', {}, heading)), h('p', {}, text),
    shared?.length ? h('p', { class: 'meta' }, `${t('sharedTerms')}：${shared.join('、')}`) : null, copy);
}

// ---- comparison ---------------------------------------------------------------------------------------------------

let echartsLoading;
function loadECharts() {
  echartsLoading ??= new Promise((resolve, reject) => {
    const s = h('script', { src: '/app/vendor/echarts-5.6.0.common.min.js' });
    s.addEventListener('load', () => resolve(window.echarts));
    s.addEventListener('error', reject);
    document.head.append(s);
  });
  return echartsLoading;
}

async function compareView(p) {
  setView('compare');
  let themes = [];
  try { themes = await api('/api/themes'); } catch (e) { main.replaceChildren(failure(e)); return; }
  const theme = p.get('theme') || '';
  const form = h('form', { class: 'bar', onsubmit: e => {
    e.preventDefault();
    const next = new URLSearchParams({ view: 'compare' });
    for (const k of ['theme', 'metric', 'province', 'level']) if (form.elements[k].value.trim()) next.set(k, form.elements[k].value.trim());
    go(next);
  } },
    h('label', {}, t('theme'), h('select', { name: 'theme', required: true }, h('option', { value: '' }, t('anyTheme')),
      themes.map(x => h('option', { value: x.id, selected: x.id === theme || x.name === theme }, `${lang === 'zh' ? x.name : x.nameEn}（${num(x.problems)}）`)))),
    h('label', {}, t('metric'), h('input', { name: 'metric', size: 14, value: p.get('metric') || '' })),
    h('label', {}, t('facetProvince'), h('input', { name: 'province', size: 8, value: p.get('province') || '' })),
    h('label', {}, t('facetLevel'), h('select', { name: 'level' }, h('option', { value: '' }, '—'),
      ['province', 'city', 'county'].map(v => h('option', { value: v, selected: p.get('level') === v }, t('level.' + v))))),
    h('button', { type: 'submit' }, t('compare')));
  main.replaceChildren(h('h1', {}, t('compareTitle')), form);
  if (!theme) return;
  const query = new URLSearchParams({ theme });
  for (const k of ['metric', 'province', 'level']) if (p.get(k)) query.set(k, p.get(k));
  const out = h('div', {}, h('p', { class: 'status' }, t('loading')));
  main.append(out);
  let body;
  try { body = await api('/api/compare?' + query); } catch (e) { out.replaceChildren(failure(e)); return; }
  const rows = body.rows;
  const table = h('table', { id: 'compare-table' },
    h('thead', {}, h('tr', {}, [t('region'), t('title'), t('targets'), t('deadlines'), t('leadDepartments'), t('measureCount')].map(x => h('th', { scope: 'col' }, x)))),
    h('tbody', {}, rows.map(r => h('tr', { 'data-document': r.document.id },
      h('td', {}, regionName(r.document.region)),
      h('td', {}, link({ plan: r.document.id }, r.document.title || r.document.id)),
      h('td', {}, r.targets.map(target).join('；')),
      h('td', {}, r.deadlines.map(deadlineText).filter(Boolean).join('；')),
      h('td', {}, r.leadDepartments.map(x => x.name).join('、') || r.leadUnits.join('、')),
      h('td', {}, num(r.measureCount))))));
  const chart = h('div', { class: 'chart', id: 'compare-chart', role: 'img', 'aria-label': t('chartDeadlines') });
  out.replaceChildren(h('p', { class: 'status' }, t('plans', { n: num(body.total) }), ' · ',
    h('a', { href: '/api/compare?' + new URLSearchParams([...query, ['format', 'csv']]) }, t('csv'))), chart, table);
  const echarts = await loadECharts();
  drawComparison(echarts, chart, rows);
}

/** Target values by region (the commonest metric) as bars, deadlines by region as points on a time axis. */
function drawComparison(echarts, el, rows) {
  const regions = rows.map(r => r.document.region?.county || r.document.region?.city || r.document.region?.province || r.document.id);
  const counts = new Map();
  for (const r of rows) for (const x of r.targets) counts.set(x.metricKey, (counts.get(x.metricKey) || 0) + 1);
  const metric = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  const values = rows.map(r => r.targets.find(x => x.metricKey === metric));
  const deadlines = rows.flatMap((r, i) => r.deadlines.filter(d => d.date).map(d => [d.date, regions[i]]));
  const chart = echarts.init(el, null, { renderer: 'canvas' });
  chart.setOption({
    animation: false,
    title: metric
      ? [{ text: `${t('chartTargets')}：${metric}`, left: '22%', textAlign: 'center', textStyle: { fontSize: 14 } }, { text: t('chartDeadlines'), left: '77%', textAlign: 'center', textStyle: { fontSize: 14 } }]
      : [{ text: t('chartDeadlines'), left: 'center', textStyle: { fontSize: 14 } }],
    tooltip: { trigger: 'item' },
    grid: metric ? [{ left: 60, right: '55%', top: 50, bottom: 40 }, { left: '55%', right: 30, top: 50, bottom: 40 }] : [{ left: 90, right: 30, top: 50, bottom: 40 }],
    xAxis: metric ? [{ type: 'category', data: regions, gridIndex: 0 }, { type: 'time', gridIndex: 1 }] : [{ type: 'time', gridIndex: 0 }],
    yAxis: metric ? [{ type: 'value', gridIndex: 0, name: values.find(Boolean)?.unit || '' }, { type: 'category', data: regions, gridIndex: 1 }] : [{ type: 'category', data: regions, gridIndex: 0 }],
    series: [
      ...(metric ? [{ type: 'bar', name: metric, xAxisIndex: 0, yAxisIndex: 0, data: values.map(v => v ? v.value : null), label: { show: true, position: 'top' } }] : []),
      { type: 'scatter', name: t('deadlines'), xAxisIndex: metric ? 1 : 0, yAxisIndex: metric ? 1 : 0, symbolSize: 10, data: deadlines.map(([d, region]) => [d, region]) },
    ],
  });
  window.addEventListener('resize', () => chart.resize());
}

// ---- themes -------------------------------------------------------------------------------------------------------

async function themesView() {
  setView('themes');
  let themes;
  try { themes = await api('/api/themes'); } catch (e) { main.replaceChildren(failure(e)); return; }
  main.replaceChildren(h('h1', {}, t('themesTitle')), h('table', { id: 'themes-table' },
    h('thead', {}, h('tr', {}, [t('themeName'), t('themeScope'), t('themeProblems'), t('themePrimary'), t('themeMeasures')].map(x => h('th', { scope: 'col' }, x)))),
    h('tbody', {}, themes.map(x => h('tr', {},
      h('td', {}, link({ theme: x.id }, lang === 'zh' ? x.name : x.nameEn)), h('td', {}, x.scope),
      h('td', {}, num(x.problems)), h('td', {}, num(x.primaryProblems)), h('td', {}, num(x.measures)))))));
}

// ---- upload -------------------------------------------------------------------------------------------------------

async function uploadView() {
  setView('upload');
  main.replaceChildren(h('h1', {}, t('uploadTitle')));
  let health;
  try { health = await api('/healthz'); } catch (e) { main.append(failure(e)); return; }
  if (!health.writes) { main.append(h('p', { class: 'status' }, t('uploadOff'))); return; }
  const reports = h('div', { id: 'reports', 'aria-live': 'polite' });
  const form = h('form', { class: 'bar', onsubmit: async e => {
    e.preventDefault();
    sessionStorage.setItem('apiKey', form.elements.key.value);
    const data = new FormData();
    for (const f of form.elements.files.files) data.append('file', f, f.name);
    reports.replaceChildren(h('p', { class: 'status' }, t('loading')));
    const response = await fetch('/api/documents', { method: 'POST', headers: { 'X-API-Key': form.elements.key.value }, body: data });
    const body = await response.json().catch(() => null);
    const files = body?.files || [];
    reports.replaceChildren(...[
      response.ok ? null : h('p', { class: 'error', role: 'alert' }, body?.detail || response.statusText),
      h('table', {}, h('thead', {}, h('tr', {}, ['file', 'id', t('outcome'), t('problemList'), t('warnings')].map(x => h('th', { scope: 'col' }, x)))),
        h('tbody', {}, files.map(f => h('tr', {}, h('td', {}, f.fileName), h('td', {}, f.outcome === 'added' || f.outcome === 'replaced' ? link({ plan: f.id }, f.id) : f.id || ''),
          h('td', { class: f.refusal ? 'error' : 'ok' }, f.outcome, f.error ? `：${f.error}` : ''),
          h('td', {}, `${t('problems', { n: f.problems })}，${t('measures', { n: f.measures })}`),
          h('td', {}, f.warnings.map(w => `${w.line ? `L${w.line} ` : ''}${w.message}`).join('；'))))))].filter(Boolean));
  } },
    h('label', {}, t('apiKey'), h('input', { name: 'key', type: 'password', autocomplete: 'off', required: true, value: sessionStorage.getItem('apiKey') || '' })),
    h('label', {}, t('files'), h('input', { name: 'files', type: 'file', multiple: true, required: true,
      accept: '.txt,.docx,.xlsx,.html,.htm,.pdf,.doc,.wps,.xls,.et,.rtf,.odt,.ods' })),
    h('button', { type: 'submit' }, t('upload')));
  // Files dropped anywhere on the zone go to the file field, as if chosen there.
  const zone = h('div', { class: 'drop', tabindex: '-1',
    ondragover: e => { e.preventDefault(); zone.classList.add('over'); },
    ondragleave: () => zone.classList.remove('over'),
    ondrop: e => { e.preventDefault(); zone.classList.remove('over'); form.elements.files.files = e.dataTransfer.files; zone.textContent = [...e.dataTransfer.files].map(f => f.name).join('、'); } },
    t('dropHere'));
  main.append(form, zone, reports);
}

// ---- drafting -----------------------------------------------------------------------------------------------------

const numerals = '零一二三四五六七八九';
/** 1 → 一, 12 → 十二: a problem's number in a plan. */
function numeral(n) {
  if (n < 10) return numerals[n];
  if (n < 100) return `${n >= 20 ? numerals[Math.floor(n / 10)] : ''}十${n % 10 ? numerals[n % 10] : ''}`;
  return String(n);
}

let themeNames = null;
/** Theme ids as their names in the current language (the list is read once). */
async function themeName(id) {
  if (!themeNames) {
    try { themeNames = Object.fromEntries((await api('/api/themes')).map(x => [x.id, x])); } catch { themeNames = {}; }
  }
  const x = themeNames[id];
  return x ? (lang === 'zh' ? x.name : x.nameEn) : id;
}

function apiKey() { return sessionStorage.getItem('apiKey') || ''; }

/** A write with the key of the session; the error says what the server said, field by field. */
async function write(path, method, body) {
  const headers = { 'X-API-Key': apiKey() };
  if (!(body instanceof FormData) && body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(path, { method, headers, body: body instanceof FormData || body === undefined ? body : JSON.stringify(body) });
  const data = response.headers.get('content-type')?.includes('json') ? await response.json() : null;
  if (!response.ok) {
    const fields = data?.errors ? Object.entries(data.errors).map(([k, v]) => `${t('field.' + k) === 'field.' + k ? k : t('field.' + k)}：${v.join('；')}`) : [];
    const error = new Error(response.status === 401 ? t('keyWrong') : response.status === 403 ? t('uploadOff') : [data?.detail, ...fields].filter(Boolean).join('；') || data?.title || response.statusText);
    error.status = response.status;
    throw error;
  }
  return data;
}

function keyField() {
  return h('label', {}, t('apiKey'), h('input', { name: 'key', type: 'password', autocomplete: 'off', value: apiKey(),
    onchange: e => sessionStorage.setItem('apiKey', e.target.value) }));
}

async function draftView(p) {
  setView('draft');
  if (p.get('id')) return draftEditor(p.get('id'));
  main.replaceChildren(h('h1', {}, t('draftTitle')), h('p', { class: 'status' }, t('draftIntro')));
  let health;
  try { health = await api('/healthz'); } catch (e) { main.append(failure(e)); return; }
  const message = h('div', { id: 'draft-message', 'aria-live': 'polite' });
  const form = h('form', { id: 'draft-form', class: 'bar', onsubmit: async e => {
    e.preventDefault();
    const f = form.elements;
    sessionStorage.setItem('apiKey', f.key.value);
    const fields = { region: f.region.value.trim(), year: f.year.value ? Number(f.year.value) : undefined, title: f.title.value.trim() || undefined, auto: f.auto.checked };
    let body;
    if (f.file.files.length) {
      body = new FormData();
      body.append('file', f.file.files[0], f.file.files[0].name);
      for (const [k, v] of Object.entries(fields)) if (v !== undefined && v !== '') body.append(k, String(v));
    } else body = { text: f.text.value, ...fields, region: fields.region || undefined };
    message.replaceChildren(h('p', { class: 'status' }, t('drafting')));
    try {
      const draft = await write('/api/drafts', 'POST', body);
      go({ view: 'draft', id: draft.id });
    } catch (error) { message.replaceChildren(failure(error)); }
  } },
    keyField(),
    h('label', {}, t('draftRegion'), h('input', { name: 'region', placeholder: t('draftRegionHint'), required: true })),
    h('label', {}, t('draftYear'), h('input', { name: 'year', type: 'number', min: 2000, max: 2100, value: new Date().getFullYear() })),
    h('label', {}, t('draftName'), h('input', { name: 'title', placeholder: t('draftNameHint') })),
    h('label', { class: 'wide' }, t('draftFeedback'), h('textarea', { name: 'text', rows: 10, placeholder: t('draftFeedbackHint') })),
    h('label', {}, t('draftFile'), h('input', { name: 'file', type: 'file', accept: '.txt,.docx,.xlsx,.html,.htm,.pdf,.doc,.wps,.xls,.et,.rtf,.odt,.ods' })),
    h('label', { class: 'check' }, h('input', { name: 'auto', type: 'checkbox', checked: true }), t('draftAuto')),
    h('button', { type: 'submit', disabled: !health.writes }, t('draftMake')));
  main.append(health.writes ? null : h('p', { class: 'status' }, t('uploadOff')), form, message);
  let drafts = [];
  try { drafts = await api('/api/drafts'); } catch (e) { main.append(failure(e)); return; }
  if (!drafts.length) return;
  main.append(h('h2', {}, t('draftSaved')), h('table', { id: 'drafts-table' },
    h('thead', {}, h('tr', {}, [t('draftName'), t('draftRegion'), t('facetProblems'), t('draftUpdated')].map(x => h('th', { scope: 'col' }, x)))),
    h('tbody', {}, drafts.map(d => h('tr', {}, h('td', {}, link({ view: 'draft', id: d.id }, d.title)), h('td', {}, d.region?.name || ''),
      h('td', {}, num(d.problems)), h('td', {}, d.updated.replace('T', ' ').replace('Z', ' UTC')))))));
}

/** A composed item: its text (the marks to check highlighted), its source, what to check. */
function draftItem(item) {
  const text = h('span', {});
  for (const part of item.text.split(/(【待核：[^】]*】)/)) text.append(part.startsWith('【待核：') ? h('mark', { class: 'review' }, part) : part);
  return [text, item.source ? h('cite', { class: 'source' }, item.source.note ?? `《${item.source.planTitle}》`) : h('span', { class: 'source own' }, t('draftOwn'))];
}

/** The problems as PUT takes them back (what the server answered, without its derived fields). */
function editable(problems) {
  return problems.map(({ label, text, target, deadline, leadUnits, supportUnits, measures }) => ({ label, text, target, deadline, leadUnits, supportUnits, measures }));
}

async function draftEditor(id) {
  main.replaceChildren(h('p', { class: 'status' }, t('loading')));
  let d;
  const p0 = params();
  const filter = new URLSearchParams({ precedents: '3' });
  for (const k of ['level', 'province', 'yearFrom', 'yearTo']) if (p0.get(k)) filter.set(k, p0.get(k));
  try { d = await api(`/api/drafts/${encodeURIComponent(id)}?${filter}`); } catch (e) { main.replaceChildren(h('h1', {}, t('draftTitle')), failure(e), link({ view: 'draft' }, t('draftBack'))); return; }
  const message = h('div', { id: 'draft-message', 'aria-live': 'polite' });
  const save = async (problems, note) => {
    message.replaceChildren(h('p', { class: 'status' }, t('saving')));
    try { await write(`/api/drafts/${encodeURIComponent(id)}`, 'PUT', { problems }); await draftEditor(id); document.getElementById('draft-message')?.replaceChildren(h('p', { class: 'status ok' }, note || t('saved'))); }
    catch (error) { message.replaceChildren(failure(error)); }
  };
  const exportLink = format => h('a', { class: 'button secondary', href: `/api/drafts/${encodeURIComponent(id)}/export?format=${format}`, download: '' }, t('draftExport', { f: format === 'docx' ? 'Word' : 'Excel' }));
  const header = h('header', { class: 'draft-head' },
    h('div', {}, h('h1', {}, d.title), h('p', { class: 'meta' }, [d.region?.name, lang === 'zh' ? `${d.year}年` : d.year, t('problems', { n: d.problems.length })].filter(Boolean).join(' · '))),
    h('div', { class: 'actions' }, keyField(), exportLink('docx'), exportLink('xlsx'),
      h('button', { type: 'button', class: 'secondary', onclick: async () => {
        try { await write(`/api/drafts/${encodeURIComponent(id)}/publish`, 'POST'); message.replaceChildren(h('p', { class: 'status ok' }, t('draftPublished'), ' ', link({ plan: id }, t('draftOpenPlan')))); }
        catch (error) { message.replaceChildren(failure(error)); }
      } }, t('draftPublish')),
      h('button', { type: 'button', class: 'secondary', onclick: async () => {
        if (!confirm(t('draftDeleteConfirm'))) return;
        try { await write(`/api/drafts/${encodeURIComponent(id)}`, 'DELETE'); go({ view: 'draft' }); } catch (error) { message.replaceChildren(failure(error)); }
      } }, t('draftDelete'))));
  const problems = await Promise.all(d.problems.map(async (p, i) => {
    const all = editable(d.problems);
    const themes = await Promise.all(p.themes.map(themeName));
    const composed = h('dl', { class: 'fields' },
      p.target ? [h('dt', {}, '整改目标'), h('dd', {}, draftItem(p.target))] : null,
      p.deadline ? [h('dt', {}, '整改时限'), h('dd', {}, p.deadline.text, ' ',
        p.deadline.confirmed ? h('span', { class: 'chip ok' }, t('draftConfirmed')) : h('button', { type: 'button', class: 'chip warn', onclick: () => {
          all[i].deadline = { ...p.deadline, confirmed: true };
          save(all, t('draftConfirmedNote'));
        } }, t('draftConfirm', { d: date(p.deadline.date) || p.deadline.text })))] : null,
      p.leadUnits.length ? [h('dt', {}, '牵头单位'), h('dd', {}, p.leadUnits.map(u => u.text).join('、'))] : null,
      p.supportUnits.length ? [h('dt', {}, '配合单位'), h('dd', {}, p.supportUnits.map(u => u.text).join('、'))] : null);
    const measures = p.measures.length
      ? h('ol', { class: 'draft-measures' }, p.measures.map(m => h('li', {}, draftItem(m))))
      : h('p', { class: 'status' }, t('draftNothing'));
    const review = [...new Set([p.target, ...p.leadUnits, ...p.supportUnits, ...p.measures].filter(Boolean).flatMap(x => x.review || []))];
    const precedents = h('aside', { class: 'draft-precedents', 'aria-label': t('draftPrecedents') }, h('h3', {}, t('draftPrecedents')),
      (p.precedents || []).length ? p.precedents.map(x => h('article', { class: 'precedent' },
        h('p', { class: 'meta' }, `${x.region || ''} ${x.year ? x.year + (lang === 'zh' ? '年' : '') : ''} · ${t('score')} ${x.score.toFixed(2)}`),
        h('p', {}, link({ plan: x.documentId }, `《${x.planTitle}》`), ` ${lang === 'zh' ? '问题' : 'problem '}${x.label}`),
        h('p', { class: 'excerpt' }, x.text.length > 90 ? x.text.slice(0, 90) + '…' : x.text),
        h('p', { class: 'meta' }, t('measures', { n: x.measures.length }), x.sharedTerms.length ? ` · ${t('shared')}：${x.sharedTerms.join('、')}` : ''),
        h('details', {}, h('summary', {}, t('draftPrecedentDetail')),
          h('dl', { class: 'fields' },
            x.target ? [h('dt', {}, '整改目标'), h('dd', {}, x.target)] : null,
            x.deadline ? [h('dt', {}, '整改时限'), h('dd', {}, x.deadline)] : null,
            x.leadUnits.length ? [h('dt', {}, '牵头单位'), h('dd', {}, x.leadUnits.join('、'))] : null,
            x.supportUnits.length ? [h('dt', {}, '配合单位'), h('dd', {}, x.supportUnits.join('、'))] : null),
          h('ol', { class: 'draft-measures' }, x.measures.map(m => h('li', {}, m.text)))),
        h('button', { type: 'button', class: 'secondary', onclick: async () => {
          try { await write(`/api/drafts/${encodeURIComponent(id)}/problems/${i + 1}/compose`, 'POST', { precedent: x.problemId }); await draftEditor(id);
            document.getElementById(`draft-p${i + 1}`)?.scrollIntoView(); }
          catch (error) { message.replaceChildren(failure(error)); }
        } }, t('draftUse'))))
        : h('p', { class: 'status' }, t('noPrecedents')));
    const editor = h('form', { class: 'draft-edit', hidden: true, onsubmit: e => {
      e.preventDefault();
      const f = e.target.elements;
      const keep = (old, text) => old.find(o => o.text === text) || { text };
      all[i] = { ...all[i], text: f.text.value,
        target: f.target.value.trim() ? (p.target?.text === f.target.value.trim() ? p.target : { text: f.target.value.trim() }) : null,
        leadUnits: f.lead.value.split(/[、,，]/).map(s => s.trim()).filter(Boolean).map(u => keep(p.leadUnits, u)),
        supportUnits: f.support.value.split(/[、,，]/).map(s => s.trim()).filter(Boolean).map(u => keep(p.supportUnits, u)),
        measures: f.measures.value.split('\n').map(s => s.trim()).filter(Boolean).map(m => keep(p.measures, m)) };
      save(all);
    } },
      h('label', {}, t('draftProblemText'), h('textarea', { name: 'text', rows: 3 }, p.text)),
      h('label', {}, '整改目标', h('input', { name: 'target', value: p.target?.text || '' })),
      h('label', {}, '牵头单位', h('input', { name: 'lead', value: p.leadUnits.map(u => u.text).join('、') })),
      h('label', {}, '配合单位', h('input', { name: 'support', value: p.supportUnits.map(u => u.text).join('、') })),
      h('label', {}, t('draftMeasuresOnePerLine'), h('textarea', { name: 'measures', rows: Math.max(4, p.measures.length + 1) }, p.measures.map(m => m.text).join('\n'))),
      h('button', { type: 'submit' }, t('save')));
    const sentences = p.text.split(/(?<=[。；])/).filter(s => s.trim());
    const tools = h('div', { class: 'actions' },
      h('button', { type: 'button', class: 'secondary', onclick: () => { editor.hidden = !editor.hidden; if (!editor.hidden) editor.elements.text.focus(); } }, t('draftEdit')),
      sentences.length > 1 ? h('button', { type: 'button', class: 'secondary', onclick: () => {
        const half = Math.ceil(sentences.length / 2);
        all.splice(i, 1, { ...all[i], text: sentences.slice(0, half).join('') }, { label: `${p.label}-2`, text: sentences.slice(half).join(''), leadUnits: [], supportUnits: [], measures: [] });
        save(all, t('draftSplitNote'));
      } }, t('draftSplit')) : null,
      i + 1 < d.problems.length ? h('button', { type: 'button', class: 'secondary', onclick: () => {
        const next = all[i + 1];
        all.splice(i, 2, { ...all[i], text: all[i].text + next.text, measures: [...all[i].measures, ...next.measures] });
        save(all, t('draftMergedNote'));
      } }, t('draftMerge')) : null,
      d.problems.length > 1 ? h('button', { type: 'button', class: 'secondary', onclick: () => { all.splice(i, 1); save(all); } }, t('draftRemove')) : null);
    return h('article', { class: 'problem draft-problem', id: `draft-p${i + 1}` },
      h('div', { class: 'draft-main' },
        h('h2', {}, `${numeral(i + 1)}、${p.text}`),
        themes.length ? h('div', { class: 'chips' }, themes.map(x => h('span', { class: 'chip' }, x))) : null,
        composed, measures,
        review.length ? h('p', { class: 'review-note' }, t('draftReview'), review.join('、')) : null,
        tools, editor),
      precedents);
  }));
  const add = h('form', { class: 'bar', onsubmit: e => {
    e.preventDefault();
    const text = e.target.elements.text.value.trim();
    if (!text) return;
    const all = editable(d.problems);
    all.push({ label: String(all.length + 1), text, leadUnits: [], supportUnits: [], measures: [] });
    save(all);
  } }, h('label', { class: 'wide' }, t('draftAdd'), h('input', { name: 'text' })), h('button', { type: 'submit' }, t('draftAddButton')));
  const filters = h('form', { class: 'bar', id: 'precedent-filters', onsubmit: e => {
    e.preventDefault();
    const f = e.target.elements;
    const q = { view: 'draft', id };
    for (const k of ['level', 'province', 'yearFrom', 'yearTo']) if (f[k].value.trim()) q[k] = f[k].value.trim();
    go(q);
  } },
    h('label', {}, t('facetLevel'), h('select', { name: 'level' }, [['', t('draftAnyLevel')], ['county', t('levelCounty')], ['city', t('levelCity')], ['province', t('levelProvince')]]
      .map(([v, label]) => h('option', { value: v, selected: (p0.get('level') || '') === v }, label)))),
    h('label', {}, t('facetProvince'), h('input', { name: 'province', value: p0.get('province') || '', placeholder: t('draftProvinceHint') })),
    h('label', {}, t('yearFrom'), h('input', { name: 'yearFrom', type: 'number', min: 2000, max: 2100, value: p0.get('yearFrom') || '' })),
    h('label', {}, t('yearTo'), h('input', { name: 'yearTo', type: 'number', min: 2000, max: 2100, value: p0.get('yearTo') || '' })),
    h('button', { type: 'submit', class: 'secondary' }, t('draftFilter')));
  main.replaceChildren(link({ view: 'draft' }, t('draftBack')), header, h('h2', { class: 'sr' }, t('draftPrecedents')), filters, message, ...problems, add);
}

// ---- start --------------------------------------------------------------------------------------------------------

async function render() {
  const p = params();
  const view = p.get('view') || (p.get('plan') ? 'plan' : 'search');
  document.title = `${t('brand')} · Rectify.Search`;
  const views = { search: searchView, plan: planView, precedents: precedentsView, compare: compareView, themes: themesView, upload: uploadView, draft: draftView };
  await (views[view] || searchView)(p);
  document.body.dataset.ready = view;
}

async function loadTexts() {
  texts = await (await fetch(`/app/i18n/${lang}.json`)).json();
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  for (const el of document.querySelectorAll('[data-i18n]')) el.textContent = t(el.dataset.i18n);
  for (const el of document.querySelectorAll('[data-i18n-aria]')) el.setAttribute('aria-label', t(el.dataset.i18nAria));
  document.getElementById('lang').textContent = t('langSwitch');
}

document.getElementById('lang').addEventListener('click', async () => {
  lang = lang === 'zh' ? 'en' : 'zh';
  localStorage.setItem('lang', lang);
  await loadTexts();
  await render();
});
for (const a of document.querySelectorAll('a[data-nav]')) {
  a.addEventListener('click', e => { if (e.ctrlKey || e.metaKey) return; e.preventDefault(); history.pushState(null, '', a.getAttribute('href')); render(); });
}
window.addEventListener('popstate', render);
await loadTexts();
await render();
