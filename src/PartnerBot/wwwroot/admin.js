// Operator view: reads /api/admin with the token from ?token= (kept out of the address bar afterwards).
'use strict';

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, v);
  for (const c of children) if (c !== null && c !== undefined) node.append(typeof c === 'string' ? document.createTextNode(c) : c);
  return node;
}

function table(headers, rows) {
  if (!rows.length) return el('p', { class: 'muted' }, 'None.');
  return el('table', {}, el('thead', {}, el('tr', {}, ...headers.map(h => el('th', { scope: 'col' }, h)))),
    el('tbody', {}, ...rows.map(r => el('tr', {}, ...r.map(c => el('td', {}, c === null || c === undefined ? '' : String(c)))))));
}

document.addEventListener('DOMContentLoaded', async () => {
  const params = new URLSearchParams(location.search);
  const token = params.get('token');
  if (token) history.replaceState(null, '', location.pathname);
  const res = await fetch('/api/admin', { headers: token ? { Authorization: 'Bearer ' + token } : {} });
  const index = document.getElementById('index');
  if (!res.ok) { index.replaceChildren(el('p', { class: 'error', role: 'alert' }, `Not allowed (HTTP ${res.status}).`)); return; }
  const data = await res.json();
  const i = data.index;
  index.replaceChildren(table(['Articles', 'Passages', 'Terms', 'Built', 'Reused', 'Build s', 'Reloads', 'Last error'],
    [[i.articles, i.passages, i.terms, i.loadedAt, i.reused, i.buildSeconds, i.reloads, i.lastError || '—']]),
    el('h3', {}, 'Skipped files'), table(['File', 'Reason'], i.skipped.map(s => [s.file, s.reason])));
  document.getElementById('platforms').replaceChildren(table(['Platform', 'State', 'Connected', 'Detail'],
    data.platforms.map(p => [p.platform, p.state, p.connected ? 'yes' : 'no', p.detail])));
  const facts = document.getElementById('facts');
  if (!data.facts.running) facts.replaceChildren(el('p', { class: 'muted' }, 'The daily scheduler is not running in this build.'));
  else facts.replaceChildren(el('h3', {}, 'Subscriptions'), table(['Platform', 'Conversation', 'Since'], data.facts.subscriptions.map(s => [s.platform, s.conversationId, s.since])),
    el('h3', {}, 'Last posts'), table(['At', 'Platform', 'Conversation', 'Fact', 'Outcome'], data.facts.recentPosts.map(p => [p.at, p.platform, p.conversationId, p.factKey, p.outcome])));
  document.getElementById('questions').replaceChildren(table(['When', 'Platform', 'Kind', 'Question', 'Answer given'],
    data.questions.map(q => [q.at, q.platform, q.kind, q.question, q.answer])));
});
