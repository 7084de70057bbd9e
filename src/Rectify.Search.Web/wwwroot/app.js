// Rectify.Search web app: one page whose state is the query string (every view is an address to share), built from
// the JSON API of the same host. No framework, no inline script (the page's CSP forbids it), no third-party host.
// Its language is Chinese, every word of it from i18n/zh.json: the plans it shows are Chinese, and a half-translated
// page serves nobody.

const main = document.getElementById('main');
let texts = {};

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

/** The text of key, {name} placeholders filled. */
function t(key, values = {}) {
  const s = texts[key] ?? key;
  return s.replace(/\{(\w+)\}/g, (_, k) => values[k] ?? '');
}

const num = n => Number(n).toLocaleString('zh-CN');

/** 2025-12-31 as 2025年12月31日; 2025-12 as 2025年12月. */
function date(iso) {
  if (!iso) return '';
  const [y, m, d] = iso.split('-');
  return `${y}年${m ? Number(m) + '月' : ''}${d ? Number(d) + '日' : ''}`;
}

function params() { return new URLSearchParams(location.search); }

/** Where the page was scrolled, kept with the entry it leaves, so that Back returns there. */
function keepScroll() { history.replaceState({ ...(history.state || {}), scroll: window.scrollY }, ''); }

/** The control to focus again after the view is drawn anew (the filter just chosen), by a selector. */
let focusAfter = null;

/** Moves to the view the query string describes, keeping it in the history. */
function go(query, { focus = null } = {}) {
  const search = query instanceof URLSearchParams ? query.toString() : new URLSearchParams(query).toString();
  keepScroll();
  focusAfter = focus;
  history.pushState({ back: location.search }, '', search ? `/?${search}` : '/');
  // A new view starts at its top; the view itself then scrolls to what it opens on (a problem, the filter chosen).
  if (!focus) window.scrollTo(0, 0);
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
    const error = new Error(body?.title || response.statusText);
    error.status = response.status;
    error.type = body?.type || `urn:rectify:http-${response.status}`;
    error.errors = body?.errors || null;
    throw error;
  }
  return body;
}

/**
 * What went wrong, said in Chinese from the answer's ProblemDetails type (never its English detail), each field named
 * as the form names it, with a way forward.
 */
function problemText(error) {
  const kind = (error.type || '').replace('urn:rectify:', '');
  if (kind === 'invalid-parameter' && error.errors) {
    return Object.keys(error.errors).map(f => t('err.field.' + f) !== 'err.field.' + f ? t('err.field.' + f) : t('err.field', { f })).join(' ');
  }
  const key = 'err.' + kind;
  return t(key) !== key ? t(key) : t('err.other', { s: error.status ?? '' });
}

function failure(error, forward = link({}, t('backToSearch'))) {
  return h('div', { class: 'error', role: 'alert' }, h('p', {}, problemText(error)), forward ? h('p', {}, forward) : null);
}

/** A highlight from the API (HTML-escaped, matches in <em>) as nodes: only text and <em> are kept. */
function highlight(html) {
  const doc = new DOMParser().parseFromString(`<p>${html}</p>`, 'text/html');
  const out = h('span', { class: 'hl' });
  for (const node of doc.body.firstChild.childNodes) {
    out.append(node.nodeName === 'EM' ? h('em', {}, node.textContent) : node.textContent);
  }
  return out;
}
const marked = html => /<em>/.test(html);

/** Text with every occurrence of the words marked (the searched words, carried to the plan). */
function markWords(text, words) {
  const out = h('span', {});
  const parts = words.filter(w => w.length > 0).map(w => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  if (!parts.length) { out.append(text); return out; }
  for (const piece of text.split(new RegExp(`(${parts.join('|')})`))) out.append(words.includes(piece) ? h('mark', {}, piece) : piece);
  return out;
}

/** The words of a query as they are marked in a plan: quoted phrases and words, exclusions left out. */
function queryWords(q) {
  return (q.match(/"[^"]+"|\S+/g) || []).filter(w => !w.startsWith('-')).map(w => w.replace(/"/g, '')).filter(w => w.length > 1);
}

function regionName(region) {
  if (!region) return '';
  return [region.province, region.city, region.county].filter(Boolean).filter((v, i, a) => a.indexOf(v) === i).join(' ');
}

/** 二、标题, or the title alone where the plan prints no number. */
const numbered = (label, title) => (label ? `${label}、${title}` : title);

function planMeta(d) {
  return [regionName(d.region), d.region?.levelLabel, d.year ? `${d.year}年` : null,
    d.round ? t('round', { n: d.round }) : null, d.kind ? t('kind.' + d.kind) : null].filter(Boolean).join(' · ');
}

/** 《plan》（region，year年）问题 n: how a result is cited, in print and in a copy. */
function citation(d, label) {
  const where = [regionName(d.region), d.year ? `${d.year}年` : null].filter(Boolean).join('，');
  return `《${d.title}》（${where}）${label ? `问题${label}` : ''}`;
}

/** A target as printed the Chinese way: 测土配方施肥技术覆盖率 ≥ 90%. */
function target(x) {
  const cmp = { '>=': '≥', '<=': '≤', '=': '=', '>': '>', '<': '<' }[x.cmp] ?? x.cmp;
  return `${x.metric} ${cmp} ${num(x.value)}${x.unit}${x.by ? `（${date(x.by)}）` : ''}`;
}

function deadlineText(dl) {
  if (!dl) return '';
  const when = dl.date ? date(dl.date) : '';
  return [when, dl.kind !== 'date' && dl.kind !== 'none' ? dl.kindLabel : null, dl.statusLabel].filter(Boolean).join(' · ') || dl.raw;
}

function download(name, type, data) {
  const url = URL.createObjectURL(data instanceof Blob ? data : new Blob([data], { type }));
  const a = h('a', { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Export links: Word and Excel for drafters, CSV for machines, each the whole result (up to the stated limit). */
function exports(path, query, note = t('exportNote')) {
  const href = f => `${path}?${new URLSearchParams([...query, ['format', f]])}`;
  return h('div', { class: 'exports no-print' }, h('span', { class: 'meta' }, t('export')),
    h('a', { class: 'button secondary', href: href('docx'), download: '' }, t('exportWord')),
    h('a', { class: 'button secondary', href: href('xlsx'), download: '' }, t('exportExcel')),
    h('a', { class: 'button secondary', href: href('csv'), download: '' }, t('exportCsv')),
    h('button', { type: 'button', class: 'secondary', onclick: () => window.print() }, t('print')),
    note ? h('span', { class: 'meta' }, note) : null);
}

function setView(name) {
  for (const a of document.querySelectorAll('nav a[data-nav]')) {
    if (a.dataset.nav === name) a.setAttribute('aria-current', 'page'); else a.removeAttribute('aria-current');
  }
}

/** A field's error shown beside it, the field marked invalid; cleared on the next input. */
function fieldError(input, message) {
  input.setAttribute('aria-invalid', 'true');
  const id = `${input.name}-error`;
  input.setAttribute('aria-describedby', id);
  input.closest('label').append(h('span', { class: 'field-error', id }, message));
  input.addEventListener('input', () => { input.removeAttribute('aria-invalid'); document.getElementById(id)?.remove(); }, { once: true });
}

const yearShape = /^\d{4}$/;
const dateShape = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** The search fields a user typed that the API would refuse, with what to type instead. */
function checkSearchFields(values) {
  const wrong = [];
  for (const k of ['yearFrom', 'yearTo']) if (values[k] && !yearShape.test(values[k])) wrong.push([k, t('err.field.' + k)]);
  for (const k of ['deadlineFrom', 'deadlineTo']) if (values[k] && !dateShape.test(values[k])) wrong.push([k, t('err.field.' + k)]);
  if (!wrong.length && values.yearFrom && values.yearTo && Number(values.yearFrom) > Number(values.yearTo)) wrong.push(['yearTo', t('err.yearOrder')]);
  return wrong;
}

// ---- regions: chosen from GB/T 2260 with completion ------------------------------------------------------------------

/**
 * A region field: typing offers provinces, cities and counties by name or code (GET /api/divisions); only a division of
 * the list is accepted, kept as its code in data-code and shown by its full name.
 */
function regionField(name, label, value, { provincesOnly = false } = {}) {
  const list = h('datalist', { id: `${name}-options` });
  const input = h('input', { name, list: list.id, autocomplete: 'off', value: value || '', placeholder: t('regionHint'), 'data-region': provincesOnly ? 'province' : 'any' });
  let timer;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(async () => {
      let options = [];
      try { options = await api('/api/divisions?' + new URLSearchParams({ q: input.value.trim(), limit: 12 })); } catch { return; }
      if (provincesOnly) options = options.filter(o => o.level === 'province');
      list.replaceChildren(...options.map(o => h('option', { value: o.fullName }, `${o.levelLabel} · ${o.code}`)));
    }, 150);
  });
  return h('label', {}, label, input, list);
}

/**
 * The province of the region typed in a region field, set as <province> of the query; false, the field marked with
 * what to do, when it names no division. An empty field sets nothing.
 */
async function withProvince(input, query) {
  const typed = input.value.trim();
  if (!typed) return true;
  let region;
  try { region = await resolveRegion(typed, true); } catch { region = undefined; }
  if (!region) { fieldError(input, t('err.region', { r: typed })); input.focus(); return false; }
  query.set('province', region.name);
  return true;
}

/** The division a region field names (its full name, name or code), or null. */
async function resolveRegion(text, provincesOnly) {
  const q = text.trim();
  if (!q) return null;
  const options = await api('/api/divisions?' + new URLSearchParams({ q, limit: 50 }));
  const exact = options.filter(o => o.fullName === q || o.name === q || o.code === q || o.province === q);
  // A short name (湖南, 保靖) is the first division whose name it begins: provinces come first.
  const chosen = exact.find(o => o.fullName === q || o.code === q) || exact.find(o => o.name === q) || exact[0]
    || (q.length >= 2 ? options.find(o => o.name.startsWith(q)) : undefined);
  if (!chosen) return undefined;
  return provincesOnly ? options.find(o => o.level === 'province' && o.name === chosen.province) || { ...chosen, fullName: chosen.province, name: chosen.province } : chosen;
}

// ---- search -------------------------------------------------------------------------------------------------------

const filterKeys = ['province', 'city', 'county', 'level', 'department', 'place', 'theme', 'yearFrom', 'yearTo', 'deadlineFrom', 'deadlineTo', 'documentId'];
const facetLimit = 8;

async function searchView(p) {
  setView('search');
  const q = p.get('q') || '';
  const unit = p.get('unit') || 'problem';
  const form = h('form', { class: 'bar no-print', role: 'search', novalidate: true, onsubmit: e => {
    e.preventDefault();
    const values = Object.fromEntries(['yearFrom', 'yearTo', 'deadlineFrom', 'deadlineTo'].map(k => [k, form.elements[k].value.trim()]));
    const wrong = checkSearchFields(values);
    form.querySelectorAll('.field-error').forEach(x => x.remove());
    if (wrong.length) { wrong.forEach(([k, m]) => fieldError(form.elements[k], m)); form.elements[wrong[0][0]].focus(); return; }
    const next = new URLSearchParams(params());
    next.delete('view'); next.delete('page'); next.delete('plan'); next.delete('focus');
    const value = form.elements.q.value.trim();
    if (value) next.set('q', value); else next.delete('q');
    next.set('unit', form.elements.unit.value);
    for (const [k, v] of Object.entries(values)) { if (v) next.set(k, v); else next.delete(k); }
    go(next);
  } },
    h('label', {}, t('query'), h('input', { type: 'search', name: 'q', value: q, placeholder: t('queryPlaceholder'), autofocus: !focusAfter })),
    h('label', {}, t('unit'), h('select', { name: 'unit' },
      h('option', { value: 'problem', selected: unit === 'problem' }, t('unitProblem')),
      h('option', { value: 'measure', selected: unit === 'measure' }, t('unitMeasure')))),
    h('label', {}, t('yearFrom'), h('input', { name: 'yearFrom', inputmode: 'numeric', size: 5, placeholder: '2019', value: p.get('yearFrom') || '' })),
    h('label', {}, t('yearTo'), h('input', { name: 'yearTo', inputmode: 'numeric', size: 5, placeholder: '2024', value: p.get('yearTo') || '' })),
    h('label', {}, t('deadlineFrom'), h('input', { name: 'deadlineFrom', size: 10, placeholder: '2025-01', value: p.get('deadlineFrom') || '' })),
    h('label', {}, t('deadlineTo'), h('input', { name: 'deadlineTo', size: 10, placeholder: '2025-12', value: p.get('deadlineTo') || '' })),
    h('button', { type: 'submit' }, t('search')),
    link({ view: 'help' }, t('howToSearch')));
  main.replaceChildren(h('h1', {}, t('searchTitle')), form);

  // The filters in the order they were chosen (the address's).
  const active = [...p].filter(([k]) => filterKeys.includes(k));
  if (!q && active.length === 0) return;
  // An address typed by hand is checked as the form checks it.
  const wrong = checkSearchFields(Object.fromEntries(active));
  if (wrong.length) { main.append(h('div', { class: 'error', role: 'alert' }, wrong.map(([, m]) => h('p', {}, m)))); return; }

  const query = new URLSearchParams();
  if (q) query.set('q', q);
  query.set('unit', unit);
  for (const [k, v] of active) query.append(k, v);
  const page = Number(p.get('page') || 1);
  const results = h('div', {}, h('p', { class: 'status' }, t('loading')));
  main.append(results);
  let body;
  try { body = await api('/api/search?' + new URLSearchParams([...query, ['page', page], ['pageSize', 20], ['facets', 'all']])); } catch (e) { results.replaceChildren(failure(e)); return; }

  const pages = Math.max(1, Math.ceil(body.total / body.pageSize));
  if (page > pages && body.total > 0) {
    // A page past the last (an old address): the last page, said so.
    const next = new URLSearchParams(params()); next.set('page', pages);
    history.replaceState(null, '', '/?' + next);
    await render();
    main.querySelector('#result-status')?.prepend(h('span', { class: 'note' }, t('pageBeyond', { p: num(page), n: num(pages) }), ' '));
    return;
  }

  const chips = active.length ? h('div', { class: 'chips no-print', role: 'group', 'aria-label': t('activeFilters') },
    active.map(([k, v]) => {
      const label = `${t('chip.' + k)}：${filterName(k, v, body)}`;
      return h('button', { type: 'button', class: 'chip', 'aria-label': `${t('remove')} ${label}`, onclick: () => {
        const next = new URLSearchParams(params());
        const rest = next.getAll(k).filter(x => x !== v);
        next.delete(k); rest.forEach(x => next.append(k, x)); next.delete('page');
        go(next, { focus: '#results-start' });
      } }, `${label} ✕`);
    })) : null;

  if (body.hits.length === 0) {
    results.replaceChildren(...[chips, h('p', { class: 'status', id: 'result-status' }, t('total', { n: 0 })), await noResults(q, unit, active)].filter(Boolean));
    return;
  }

  const status = h('p', { class: 'status' + (body.matched === 'partial' ? ' partial' : ''), id: 'result-status' },
    t('total', { n: num(body.total) }), t('count.' + unit),
    body.matched === 'all' ? ' · ' + t('matchedAll', { n: num(body.fullMatches) }) : '',
    body.matched === 'partial' ? ' · ' + t('matchedPartial') : '');
  const facets = h('details', { class: 'filters no-print', open: !window.matchMedia('(max-width: 760px)').matches },
    h('summary', {}, t('filters')),
    h('div', { class: 'facets' },
      facet(t('facetTheme'), 'theme', body.facets.theme, p),
      facet(t('facetProvince'), 'province', body.facets.province, p),
      p.has('province') || p.has('city') ? facet(t('facetCity'), 'city', body.facets.city, p) : null,
      p.has('city') || p.has('county') ? facet(t('facetCounty'), 'county', body.facets.county, p) : null,
      facet(t('facetLevel'), 'level', body.facets.level, p),
      facet(t('facetDepartment'), 'department', body.facets.department, p),
      // A place by its name under its province (河南省濮阳市台前县): the address and the chip read as the facet does.
      facet(t('facetPlace'), 'place', (body.facets.place || []).map(v => ({ ...v, value: v.name || v.value })), p),
      yearFacet(t('facetYear'), ['yearFrom', 'yearTo'], body.facets.year, p),
      yearFacet(t('facetDeadlineYear'), ['deadlineFrom', 'deadlineTo'], body.facets.deadlineYear, p)));
  const list = h('div', { id: 'results' });
  for (const group of groupByPlan(body.hits)) list.append(planGroup(group, unit, q));
  const pager = h('nav', { class: 'pager no-print', 'aria-label': t('pages') },
    h('button', { type: 'button', class: 'secondary', disabled: page <= 1, onclick: () => { const n = new URLSearchParams(params()); n.set('page', page - 1); go(n); } }, t('prev')),
    h('span', {}, t('page', { p: num(page), n: num(pages) })),
    h('button', { type: 'button', class: 'secondary', disabled: page >= pages, onclick: () => { const n = new URLSearchParams(params()); n.set('page', page + 1); go(n); } }, t('next')));
  // Results come first in the page (and for the keyboard); the filters stand beside them on a wide screen.
  results.replaceChildren(...[chips, status,
    h('div', { class: 'layout' },
      h('div', { class: 'results-column' }, h('a', { class: 'skip-results', href: '#results', id: 'results-start' }, t('skipToResults')),
        exports('/api/search', query, body.total > 1000 ? t('exportLimit', { n: num(1000) }) : t('exportNote')), list, pager),
      facets)].filter(Boolean));
  sessionStorage.setItem('lastResults', location.search);
}

/** A filter's value as a person reads it: a theme's, level's, department's or place's name. */
function filterName(key, value, body) {
  if (key === 'level') return t('level.' + value);
  const named = (body?.facets?.[key] || []).find(v => v.value === value || v.name === value);
  if (named?.name) return named.name;
  if (key === 'theme' && themeNames?.[value]) return themeNames[value].name;
  if (key === 'documentId') return t('thisPlan');
  return value;
}

/** No result: what to do next — the other unit when it has results, fewer words, fewer filters. */
async function noResults(q, unit, active) {
  const other = unit === 'measure' ? 'problem' : 'measure';
  const query = new URLSearchParams([...(q ? [['q', q]] : []), ['unit', other], ...active, ['pageSize', 1]]);
  let count = 0;
  try { count = (await api('/api/search?' + query)).total; } catch { count = 0; }
  const ways = [];
  if (count > 0) {
    const next = new URLSearchParams(params()); next.set('unit', other); next.delete('page');
    ways.push(h('li', {}, link(Object.fromEntries(next), t('otherUnitHas', { n: num(count), u: t(other === 'measure' ? 'unitMeasure' : 'unitProblem') }))));
  }
  if (active.length) ways.push(h('li', {}, link(q ? { q, unit } : {}, t('clearFilters'))));
  ways.push(h('li', {}, t('tryFewerWords')), h('li', {}, link({ view: 'help' }, t('howToSearch'))));
  return h('div', { class: 'empty' }, h('p', {}, t('noResults')), h('ul', {}, ways));
}

function facet(title, key, values, p) {
  if (!values?.length) return null;
  const chosen = p.getAll(key);
  const item = v => h('li', {},
    h('button', { type: 'button', 'aria-pressed': chosen.includes(v.value) ? 'true' : 'false', 'data-facet': key, 'data-value': v.value, onclick: () => {
      const next = new URLSearchParams(params());
      if (chosen.includes(v.value)) { const rest = chosen.filter(x => x !== v.value); next.delete(key); rest.forEach(x => next.append(key, x)); }
      else next.append(key, v.value);
      next.delete('page');
      go(next, { focus: `[data-facet="${key}"][data-value="${CSS.escape(v.value)}"]` });
    } }, h('span', {}, key === 'level' ? t('level.' + v.value) : v.name || v.value), h('span', { class: 'count', 'aria-label': t('countOf', { n: v.count }) }, num(v.count))));
  const first = values.slice(0, facetLimit).concat(values.slice(facetLimit).filter(v => chosen.includes(v.value)));
  const rest = values.slice(facetLimit).filter(v => !chosen.includes(v.value));
  return h('section', {}, h('h2', {}, title), h('ul', {}, first.map(item)),
    rest.length ? h('details', { class: 'more' }, h('summary', {}, t('moreValues', { n: rest.length })), h('ul', {}, rest.map(item))) : null);
}

/** Years as a facet: a click narrows both ends of the range to that year, a second click opens it again. */
function yearFacet(title, [from, to], values, p) {
  if (!values?.length) return null;
  const years = [...values].sort((a, b) => b.value.localeCompare(a.value));
  return h('section', {}, h('h2', {}, title), h('ul', {}, years.map(v => {
    const chosen = p.get(from) === v.value && p.get(to) === v.value;
    return h('li', {}, h('button', { type: 'button', 'aria-pressed': chosen ? 'true' : 'false', 'data-facet': from, 'data-value': v.value, onclick: () => {
      const next = new URLSearchParams(params());
      if (chosen) { next.delete(from); next.delete(to); } else { next.set(from, v.value); next.set(to, v.value); }
      next.delete('page');
      go(next, { focus: `[data-facet="${from}"][data-value="${v.value}"]` });
    } }, h('span', {}, `${v.value}年`), h('span', { class: 'count' }, num(v.count))));
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

/** The problem's text after its title, cut to a passage: what a result shows when no word of it was searched for. */
function passage(p) {
  const rest = p.text.startsWith(p.title) ? p.text.slice(p.title.length).replace(/^[。；;，,\s]+/, '') : p.text;
  return rest.length > 160 ? rest.slice(0, 160) + '…' : rest;
}

function planGroup(group, unit, q) {
  const d = group.document;
  const open = (id, ...children) => link({ plan: d.id, focus: id, ...(q ? { hl: q } : {}) }, ...children);
  return h('article', { class: 'plan', 'data-document': d.id },
    h('header', {}, h('h2', {}, open(null, d.title)), h('span', { class: 'meta' }, planMeta(d))),
    group.hits.map(hit => {
      const p = hit.problem;
      const words = hit.highlights.filter(marked);
      return h('div', { class: 'hit' },
        h('h3', {}, open(p.id, numbered(p.label, p.title))),
        unit === 'measure' && hit.measure ? h('p', { class: 'measure-hit' }, hit.measure.ordinal ? `${hit.measure.ordinal} ` : '',
          hit.highlights.length ? highlight(hit.highlights[0]) : hit.measure.text, ' ',
          link({ view: 'precedents', measure: hit.measure.id }, t('findPrecedents'))) : null,
        unit !== 'measure' ? (words.length ? words.map(x => h('p', {}, highlight(x))) : (passage(p) ? h('p', {}, passage(p)) : null)) : null,
        h('p', { class: 'meta' }, `${t('deadline')}：${deadlineText(p.deadline) || t('none')}`, p.leadUnits.length ? ` · ${t('leadUnits')}：${p.leadUnits.join('、')}` : '',
          unit !== 'measure' ? [' · ', link({ view: 'precedents', problem: p.id, unit: 'problem' }, t('findPrecedentsProblem'))] : null),
        hit.measures?.length ? h('div', {}, h('span', { class: 'meta' }, t(q ? 'bestMeasures' : 'themeMeasures')),
          h('ul', { class: 'measures' }, hit.measures.map(m => h('li', {}, m.measure.ordinal ? `${m.measure.ordinal} ` : '',
            m.highlights.some(marked) ? highlight(m.highlights[0]) : m.measure.text, ' ', link({ view: 'precedents', measure: m.measure.id }, t('findPrecedents')))))) : null,
        h('p', { class: 'cite print-only' }, t('source'), '：', citation(d, p.label)));
    }));
}

// ---- plan ---------------------------------------------------------------------------------------------------------

async function planView(p) {
  setView('search');
  const id = p.get('plan');
  main.replaceChildren(h('p', { class: 'status' }, t('loading')));
  let body;
  try { body = await api('/api/documents/' + encodeURIComponent(id)); } catch (e) { main.replaceChildren(h('h1', {}, t('planTitle')), failure(e)); return; }
  const d = body.document;
  document.title = `${d.title} · ${t('brand')}`;
  const words = queryWords(p.get('hl') || '');
  const meta = h('dl', { class: 'fields' },
    [[t('region'), regionName(d.region)], [t('level'), d.region?.levelLabel], [t('year'), d.year ? `${d.year}年` : null],
      [t('inspection'), [d.kind ? t('kind.' + d.kind) : null, d.round ? t('round', { n: d.round }) : null].filter(Boolean).join(' · ')],
      [t('issuer'), d.issuingBody], [t('docNumber'), d.documentNumber], [t('date'), date(d.date)],
      [t('problemList'), `${t('problems', { n: d.problemCount })}，${t('measures', { n: d.measureCount })}`]]
      .filter(([, v]) => v).map(([k, v]) => [h('dt', {}, k), h('dd', {}, String(v))]));
  const sections = body.sections?.length ? h('details', {}, h('summary', {}, t('body')), body.sections.map(section)) : null;
  const back = sessionStorage.getItem('lastResults');
  main.replaceChildren(...[
    // Back to the results this plan was opened from, where they were scrolled (history), else to the last results.
    back ? h('p', { class: 'no-print' }, h('a', { href: '/' + back, id: 'back-to-results', onclick: e => {
      e.preventDefault();
      if (history.state?.back === back) history.back(); else go(new URLSearchParams(back));
    } }, t('backToResults'))) : null,
    h('h1', {}, d.title), meta,
    h('p', { class: 'no-print' }, h('a', { class: 'button secondary', href: `/api/documents/${encodeURIComponent(d.id)}/source`, download: '' }, t('download')),
      ' ', link({ documentId: d.id }, t('searchThisPlan'))),
    sections, h('h2', {}, t('problemList')), ...body.problems.map(x => problem(x, d, words))].filter(Boolean));
  const focus = p.get('focus');
  const target = focus && document.getElementById(focus);
  if (target) {
    target.classList.add('focused');
    target.setAttribute('tabindex', '-1');
    target.scrollIntoView({ block: 'start' });
    target.focus({ preventScroll: true });
    focusAfter = 'kept';
  }
}

function section(s) {
  const heading = `${s.ordinal} ${s.heading}`.trim();
  return h('section', {}, heading ? h('h3', {}, heading) : null, s.text ? h('p', {}, s.text) : null, s.children.map(section));
}

function problem({ problem: p, measures }, d, words = []) {
  const roles = new Map();
  for (const u of p.units) roles.set(u.roleLabel, [...(roles.get(u.roleLabel) || []), u.department ? `${u.name}（${u.department.name}）` : u.name]);
  const fields = [[t('location'), p.location], [t('target'), p.target], [t('deadline'), deadlineText(p.deadline) + (p.deadline.raw && p.deadline.date ? `（${p.deadline.raw}）` : '')],
    ...[...roles].map(([role, names]) => [role, names.join('、')]), [t('leaders'), p.leaders.join('、')], [t('persons'), p.responsiblePersons.join('、')],
    [t('progress'), p.progress], [t('targets'), p.targets.map(target).join('；')]];
  return h('article', { class: 'problem', id: p.id },
    h('h3', {}, numbered(p.label, p.title)),
    p.categories.length ? h('p', { class: 'meta' }, p.categories.join(' › ')) : null,
    h('p', {}, markWords(p.text, words)),
    h('dl', { class: 'fields' }, fields.filter(([, v]) => v).map(([k, v]) => [h('dt', {}, k), h('dd', {}, v)])),
    p.themes.length ? h('div', { class: 'chips' }, p.themes.map(th => h('span', { class: 'chip', title: `${t('matchedBy')}：${th.matches.map(m => m.phrase).join('、')}` },
      link({ theme: th.id }, th.name), h('span', { class: 'theme-match' }, ` ${t('matchedBy')}：${[...new Set(th.matches.map(m => m.phrase))].slice(0, 4).join('、')}`)))) : null,
    h('ul', { class: 'measures' }, measures.map(m => h('li', { id: m.id }, m.ordinal ? `${m.ordinal} ` : '', markWords(m.text, words), ' ',
      m.deadline ? h('span', { class: 'meta' }, `（${deadlineText(m.deadline)}）`) : null, ' ',
      link({ view: 'precedents', measure: m.id }, t('findPrecedents'))))),
    h('p', { class: 'no-print' }, link({ view: 'precedents', problem: p.id, unit: 'problem' }, t('findPrecedentsProblem'))));
}

// ---- precedents ---------------------------------------------------------------------------------------------------

async function precedentsView(p) {
  setView('precedents');
  const unit = p.get('unit') || (p.get('problem') ? 'problem' : 'measure');
  const scope = p.get('scope') || 'other-provinces';
  const form = h('form', { class: 'bar no-print', novalidate: true, onsubmit: async e => {
    e.preventDefault();
    form.querySelectorAll('.field-error').forEach(x => x.remove());
    const text = form.elements.text.value.trim();
    if (!text) { fieldError(form.elements.text, t('err.field.text')); form.elements.text.focus(); return; }
    const next = new URLSearchParams({ view: 'precedents', text, unit: form.elements.unit.value, scope: form.elements.scope.value });
    if (await withProvince(form.elements.home, next)) go(next);
  } },
    h('label', { class: 'wide' }, t('draft'), h('textarea', { name: 'text', rows: 4 }, p.get('text') || '')),
    h('label', {}, t('precedentUnit'), h('select', { name: 'unit' }, [['measure', t('unitMeasure')], ['problem', t('unitProblem')], ['target', t('unitTarget')]]
      .map(([v, l]) => h('option', { value: v, selected: unit === v }, l)))),
    h('label', {}, t('scope'), h('select', { name: 'scope' }, [['other-provinces', t('scopeOtherProvinces')], ['other-documents', t('scopeOtherDocuments')], ['all', t('scopeAll')]]
      .map(([v, l]) => h('option', { value: v, selected: scope === v }, l)))),
    regionField('home', t('homeRegion'), p.get('province') || '', { provincesOnly: false }),
    h('button', { type: 'submit' }, t('find')));
  main.replaceChildren(h('h1', {}, t('precedentsTitle')), form);
  const measure = p.get('measure');
  const problemId = p.get('problem');
  const text = p.get('text');
  if (!measure && !text && !problemId) return;
  const out = h('div', { id: 'precedents' }, h('p', { class: 'status' }, t('loading')));
  main.append(out);
  let body;
  const path = measure ? `/api/measures/${encodeURIComponent(measure)}/similar` : problemId ? `/api/problems/${encodeURIComponent(problemId)}/similar` : null;
  const query = new URLSearchParams({ unit, scope });
  const request = () => JSON.stringify({ text, unit, scope, province: p.get('province') || null, k: 10 });
  try {
    body = path ? await api(`${path}?${query}`)
      : await api('/api/similar', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: request() });
  } catch (e) { out.replaceChildren(failure(e, link({ view: 'precedents' }, t('newPrecedentSearch')))); return; }
  const asked = body.source ? h('p', { class: 'meta' }, `${t('askingMeasure')}：${body.source.text}`)
    : body.sourceProblem ? h('p', { class: 'meta' }, `${t('askingProblem')}：${body.sourceProblem.text}`) : null;
  let items = [];
  if (body.unit === 'problem') items = (body.problems || []).map(x => precedent(x.document, x.problem.label, x.problem.title, x.problem.text, x.sharedTerms, x.problem.id));
  else if (body.unit === 'target') items = (body.targets || []).map(x => precedent(x.document, x.problem.label, x.problem.title, x.target.text, x.sharedTerms, x.problem.id));
  else items = body.hits.map(x => precedent(x.document, x.problem.label, x.problem.title, x.measure.text, x.sharedTerms, x.measure.id));
  // Drafted text is asked by POST: its export is fetched the same way and saved.
  const exportBar = path ? exports(path, query, null) : h('div', { class: 'exports no-print' }, h('span', { class: 'meta' }, t('export')),
    ...[['docx', t('exportWord')], ['xlsx', t('exportExcel')], ['csv', t('exportCsv')]].map(([f, label]) => h('button', { type: 'button', class: 'secondary', onclick: async () => {
      const response = await fetch(`/api/similar?format=${f}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: request() });
      if (response.ok) download(`找先例.${f}`, response.headers.get('content-type'), await response.blob());
    } }, label)), h('button', { type: 'button', class: 'secondary', onclick: () => window.print() }, t('print')));
  const scopeNote = p.get('province') ? ` · ${t('excluding', { p: p.get('province') })}` : '';
  out.replaceChildren(...[asked, h('p', { class: 'status', id: 'precedent-status' }, t('precedentCount', { n: num(items.length) }), scopeNote),
    items.length ? exportBar : null, ...(items.length ? items : [h('p', {}, t('noPrecedents'))])].filter(Boolean));
}

function precedent(d, label, title, text, shared, id) {
  const cite = `${text}（${t('source')}：${citation(d, label)}）`;
  const copy = h('button', { type: 'button', class: 'secondary no-print', onclick: async () => {
    try { await navigator.clipboard.writeText(cite); } catch { download('先例.txt', 'text/plain', cite); }
    copy.textContent = t('copied');
  } }, t('copy'));
  return h('article', { class: 'precedent', 'data-id': id },
    h('p', { class: 'meta' }, link({ plan: d.id, focus: id.replace(/\.m\d+$/, '') }, d.title), ' · ', planMeta(d)),
    h('p', {}, h('strong', {}, numbered(label, title))), h('p', {}, text),
    shared?.length ? h('p', { class: 'meta' }, `${t('sharedTerms')}：${shared.join('、')}`) : null,
    h('p', { class: 'cite print-only' }, t('source'), '：', citation(d, label)), copy);
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
  try { themes = await api('/api/themes'); } catch (e) { main.replaceChildren(h('h1', {}, t('compareTitle')), failure(e)); return; }
  const theme = p.get('theme') || '';
  const form = h('form', { class: 'bar no-print', novalidate: true, onsubmit: async e => {
    e.preventDefault();
    form.querySelectorAll('.field-error').forEach(x => x.remove());
    if (!form.elements.theme.value) { fieldError(form.elements.theme, t('err.field.theme')); form.elements.theme.focus(); return; }
    const next = new URLSearchParams({ view: 'compare', theme: form.elements.theme.value });
    if (form.elements.metric.value.trim()) next.set('metric', form.elements.metric.value.trim());
    if (form.elements.level.value) next.set('level', form.elements.level.value);
    if (await withProvince(form.elements.province, next)) go(next);
  } },
    h('label', {}, t('theme'), h('select', { name: 'theme', required: true }, h('option', { value: '' }, t('anyTheme')),
      themes.map(x => h('option', { value: x.id, selected: x.id === theme || x.name === theme }, `${x.name}（${t('problems', { n: num(x.problems) })}）`)))),
    h('label', {}, t('metric'), h('input', { name: 'metric', size: 14, placeholder: t('metricHint'), value: p.get('metric') || '' })),
    regionField('province', t('facetProvince'), p.get('province') || '', { provincesOnly: true }),
    h('label', {}, t('facetLevel'), h('select', { name: 'level' }, h('option', { value: '' }, t('allLevels')),
      ['province', 'city', 'county'].map(v => h('option', { value: v, selected: p.get('level') === v }, t('level.' + v))))),
    h('button', { type: 'submit' }, t('compare')));
  main.replaceChildren(h('h1', {}, t('compareTitle')), form);
  if (!theme) return;
  const query = new URLSearchParams({ theme });
  for (const k of ['metric', 'province', 'level']) if (p.get(k)) query.set(k, p.get(k));
  const out = h('div', {}, h('p', { class: 'status' }, t('loading')));
  main.append(out);
  let body;
  try { body = await api('/api/compare?' + query); } catch (e) { out.replaceChildren(failure(e, link({ view: 'compare' }, t('newComparison')))); return; }
  const rows = body.rows;
  if (!rows.length) { out.replaceChildren(h('p', { class: 'status', id: 'compare-status' }, t('comparePlans', { n: 0, p: 0 })), h('p', {}, t('noResults'))); return; }
  const headers = [t('region'), t('title'), t('targets'), t('deadlines'), t('leadDepartments'), t('measureCount')];
  const table = h('table', { id: 'compare-table', class: 'cards' },
    h('thead', {}, h('tr', {}, headers.map(x => h('th', { scope: 'col' }, x)))),
    h('tbody', {}, rows.map(r => h('tr', { 'data-document': r.document.id },
      [regionName(r.document.region), link({ plan: r.document.id, ...(r.problems[0] ? { focus: r.problems[0].id } : {}) }, r.document.title),
        r.targets.map(target).join('；'), [...new Set(r.deadlines.map(deadlineText).filter(Boolean))].join('；'),
        r.leadDepartments.map(x => x.name).join('、') || r.leadUnits.join('、'), num(r.measureCount)]
        .map((cell, i) => h('td', { 'data-label': headers[i] }, cell))))));
  const chart = h('div', { class: 'chart', id: 'compare-chart', role: 'img', 'aria-label': t('chartDeadlines') });
  const problemCount = rows.reduce((n, r) => n + r.problems.length, 0);
  out.replaceChildren(h('p', { class: 'status', id: 'compare-status' }, t('comparePlans', { n: num(body.total), p: num(problemCount) })),
    exports('/api/compare', query, null), chart, table);
  const echarts = await loadECharts();
  drawComparison(echarts, chart, rows);
}

/** Target values by region (the commonest metric) as bars, deadlines by region as points on a time axis; stacked on a phone. */
function drawComparison(echarts, el, rows) {
  const narrow = el.clientWidth < 600;
  const regions = rows.map(r => r.document.region?.county || r.document.region?.city || r.document.region?.province || r.document.title);
  const counts = new Map();
  for (const r of rows) for (const x of r.targets) counts.set(x.metricKey, (counts.get(x.metricKey) || 0) + 1);
  const metric = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  const values = rows.map(r => r.targets.find(x => x.metricKey === metric));
  const deadlines = rows.flatMap((r, i) => r.deadlines.filter(d => d.date).map(d => [d.date, regions[i]]));
  if (narrow) el.style.height = metric ? '560px' : '300px';
  const chart = echarts.init(el, null, { renderer: 'canvas' });
  const titleStyle = { fontSize: narrow ? 12 : 14, width: narrow ? el.clientWidth - 20 : 420, overflow: 'break' };
  const label = { hideOverlap: true, rotate: narrow ? 30 : 0, fontSize: narrow ? 10 : 12 };
  chart.setOption({
    animation: false,
    title: metric
      ? (narrow
        ? [{ text: `${t('chartTargets')}：${metric}`, left: 'center', top: 0, textStyle: titleStyle }, { text: t('chartDeadlines'), left: 'center', top: '52%', textStyle: titleStyle }]
        : [{ text: `${t('chartTargets')}：${metric}`, left: '22%', textAlign: 'center', textStyle: titleStyle }, { text: t('chartDeadlines'), left: '77%', textAlign: 'center', textStyle: titleStyle }])
      : [{ text: t('chartDeadlines'), left: 'center', textStyle: titleStyle }],
    tooltip: { trigger: 'item' },
    grid: metric
      ? (narrow ? [{ left: 50, right: 16, top: 50, height: '32%' }, { left: 70, right: 16, top: '62%', bottom: 50 }]
        : [{ left: 60, right: '55%', top: 50, bottom: 40 }, { left: '55%', right: 30, top: 50, bottom: 40 }])
      : [{ left: 90, right: 30, top: 50, bottom: 40 }],
    xAxis: metric ? [{ type: 'category', data: regions, gridIndex: 0, axisLabel: label }, { type: 'time', gridIndex: 1, axisLabel: label, splitNumber: narrow ? 3 : 5 }]
      : [{ type: 'time', gridIndex: 0, axisLabel: label, splitNumber: narrow ? 3 : 5 }],
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
  try { themes = await api('/api/themes'); } catch (e) { main.replaceChildren(h('h1', {}, t('themesTitle')), failure(e)); return; }
  const headers = [t('themeName'), t('themeScope'), t('themeProblems'), t('themePrimary'), t('themeMeasures')];
  // A theme opens where it has results: its problems (with their measures on it), else its measures.
  const open = x => link(x.problems > 0 ? { theme: x.id } : { theme: x.id, unit: 'measure' }, x.name);
  main.replaceChildren(h('h1', {}, t('themesTitle')), h('p', { class: 'meta' }, t('themesIntro')), h('table', { id: 'themes-table', class: 'cards' },
    h('thead', {}, h('tr', {}, headers.map(x => h('th', { scope: 'col' }, x)))),
    h('tbody', {}, themes.map(x => h('tr', {},
      [open(x), x.scope, num(x.problems), num(x.primaryProblems), num(x.measures)]
        .map((cell, i) => h('td', { 'data-label': headers[i] }, cell)))))));
}

// ---- help ---------------------------------------------------------------------------------------------------------

function helpView() {
  setView('help');
  const shot = (file, alt) => h('figure', {}, h('img', { src: `/app/help/${file}`, alt, loading: 'lazy', width: 700 }), h('figcaption', {}, alt));
  const part = (key, ...extra) => h('section', { id: key }, h('h2', {}, t(`help.${key}.title`)), t(`help.${key}.text`).split('\n').map(x => h('p', {}, x)), ...extra);
  main.replaceChildren(h('h1', {}, t('helpTitle')),
    h('nav', { 'aria-label': t('helpContents') }, h('ul', {}, ['holds', 'search', 'precedents', 'compare', 'export', 'upload'].map(k => h('li', {}, h('a', { href: `#${k}` }, t(`help.${k}.title`)))))),
    part('holds'),
    part('search', shot('search.png', t('help.search.shot'))),
    part('precedents', shot('precedents.png', t('help.precedents.shot'))),
    part('compare', shot('compare.png', t('help.compare.shot'))),
    part('export'),
    part('upload'));
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
      response.ok ? null : h('p', { class: 'error', role: 'alert' }, problemText({ status: response.status, type: body?.type, errors: body?.errors })),
      h('table', {}, h('thead', {}, h('tr', {}, [t('fileName'), t('planId'), t('outcome'), t('problemList'), t('warnings')].map(x => h('th', { scope: 'col' }, x)))),
        h('tbody', {}, files.map(f => h('tr', {}, h('td', {}, f.fileName), h('td', {}, f.outcome === 'added' || f.outcome === 'replaced' ? link({ plan: f.id }, f.id) : f.id || ''),
          h('td', { class: f.refusal ? 'error' : 'ok', 'data-outcome': f.outcome }, t('outcome.' + f.outcome), f.refusal ? `：${t('refusal.' + f.refusal)}` : '', f.error ? `（${f.error}）` : ''),
          h('td', {}, `${t('problems', { n: f.problems })}，${t('measures', { n: f.measures })}`),
          h('td', {}, f.warnings.map(w => `${w.line ? `L${w.line} ` : ''}${w.message}`).join('；'))))))].filter(Boolean));
  } },
    h('label', {}, t('apiKey'), h('input', { name: 'key', type: 'password', autocomplete: 'off', required: true, value: sessionStorage.getItem('apiKey') || '' })),
    h('label', {}, t('files'), h('input', { name: 'files', type: 'file', multiple: true, required: true,
      accept: '.txt,.csv,.docx,.xlsx,.html,.htm,.shtml,.mht,.mhtml,.pdf,.doc,.wps,.xls,.et,.rtf,.odt,.ods' })),
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
  return x ? x.name : id;
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
    h('label', {}, t('draftFile'), h('input', { name: 'file', type: 'file', accept: '.txt,.csv,.docx,.xlsx,.html,.htm,.shtml,.mht,.mhtml,.pdf,.doc,.wps,.xls,.et,.rtf,.odt,.ods' })),
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
    h('div', {}, h('h1', {}, d.title), h('p', { class: 'meta' }, [d.region?.name, `${d.year}年`, t('problems', { n: d.problems.length })].filter(Boolean).join(' · '))),
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
        h('p', { class: 'meta' }, `${x.region || ''} ${x.year ? x.year + '年' : ''} · ${t('score')} ${x.score.toFixed(2)}`),
        h('p', {}, link({ plan: x.documentId }, `《${x.planTitle}》`), ` 问题${x.label}`),
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
  const views = { search: searchView, plan: planView, precedents: precedentsView, compare: compareView, themes: themesView, upload: uploadView, draft: draftView, help: helpView };
  await (views[view] || searchView)(p);
  // Focus stays on the control the user chose (drawn anew), or moves to the results it asked for.
  if (focusAfter && focusAfter !== 'kept') {
    const el = document.querySelector(focusAfter);
    if (el) { el.focus({ preventScroll: true }); el.scrollIntoView({ block: 'nearest' }); }
  }
  focusAfter = null;
  document.body.dataset.ready = view;
}

texts = await (await fetch('/app/i18n/zh.json')).json();
for (const el of document.querySelectorAll('[data-i18n]')) el.textContent = t(el.dataset.i18n);
for (const el of document.querySelectorAll('[data-i18n-aria]')) el.setAttribute('aria-label', t(el.dataset.i18nAria));
for (const a of document.querySelectorAll('a[data-nav]')) {
  a.addEventListener('click', e => { if (e.ctrlKey || e.metaKey) return; e.preventDefault(); go(new URLSearchParams(new URL(a.href).search)); });
}
// Back and Forward return to where the page was scrolled.
window.addEventListener('popstate', async e => {
  await render();
  if (e.state?.scroll !== undefined) window.scrollTo(0, e.state.scroll);
});
history.scrollRestoration = 'manual';
await render();
