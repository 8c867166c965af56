// PartnerBot chat page. Every piece of article or user text goes into the page as a text node, never parsed as markup.
'use strict';

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v !== null && v !== undefined) node.setAttribute(k, v);
  }
  for (const child of children) {
    if (child === null || child === undefined) continue;
    node.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return node;
}

// The snippet as text nodes, with each highlight wrapped in <mark>.
function snippet(text, highlights) {
  const p = el('p', { class: 'snippet' });
  let at = 0;
  for (const h of [...(highlights || [])].sort((a, b) => a.start - b.start)) {
    if (h.start < at || h.start + h.length > text.length) continue;
    p.append(document.createTextNode(text.slice(at, h.start)));
    p.append(el('mark', {}, text.slice(h.start, h.start + h.length)));
    at = h.start + h.length;
  }
  p.append(document.createTextNode(text.slice(at)));
  return p;
}

function citation(c) {
  const heading = [c.dateText, c.section].filter(Boolean).join(', ');
  const title = c.url ? el('a', { href: c.url, rel: 'noopener noreferrer', target: '_blank' }, c.title) : el('span', {}, c.title);
  return el('li', { class: 'citation' },
    el('p', { class: 'cite-head' }, title, heading ? ` — ${heading}` : null),
    snippet(c.snippet, c.highlights),
    c.url ? null : el('p', { class: 'muted' }, `source: ${c.source}`));
}

function render(target, reply, showTitle = true) {
  target.replaceChildren();
  if (reply.title && showTitle) target.append(el('h3', {}, reply.title));
  if (reply.corrected) target.append(el('p', { class: 'muted' }, reply.corrected));
  target.append(el('p', { class: reply.abstained ? 'answer not-covered' : 'answer' }, reply.answer));
  if (reply.citations && reply.citations.length) {
    target.append(el('ol', { class: 'citations', 'aria-label': 'Sources' }, ...reply.citations.map(c => citation(c))));
  }
  if (reply.abstained && reply.suggestions && reply.suggestions.length) {
    target.append(el('p', {}, 'The articles cover, for example:'),
      el('ul', { class: 'suggestions' }, ...reply.suggestions.map(s => el('li', {}, s))));
  }
  if (reply.kind === 'answer' && reply.replyId) target.append(feedback(reply.replyId));
}

function feedback(replyId) {
  const status = el('span', { class: 'muted', 'aria-live': 'polite' });
  const vote = (v) => async () => {
    const res = await fetch('/api/feedback', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ replyId, vote: v }) });
    status.textContent = res.ok ? (await res.json()).message : 'Could not record feedback.';
  };
  const up = el('button', { type: 'button', class: 'vote', 'aria-label': 'Helpful' }, '👍 Yes');
  const down = el('button', { type: 'button', class: 'vote', 'aria-label': 'Not helpful' }, '👎 No');
  up.addEventListener('click', vote('up'));
  down.addEventListener('click', vote('down'));
  return el('p', { class: 'feedback' }, 'Was this helpful? ', up, ' ', down, ' ', status);
}

async function problem(target, res) {
  let detail = `Request failed (HTTP ${res.status}).`;
  try { const body = await res.json(); if (body.detail) detail = body.detail; } catch { /* not JSON */ }
  target.replaceChildren(el('p', { class: 'error', role: 'alert' }, detail));
  return null;
}

async function call(target, url, options) {
  target.setAttribute('aria-busy', 'true');
  try {
    const res = await fetch(url, options);
    if (!res.ok) return await problem(target, res);
    return await res.json();
  } catch {
    target.replaceChildren(el('p', { class: 'error', role: 'alert' }, 'The service is not reachable.'));
    return null;
  } finally {
    target.removeAttribute('aria-busy');
  }
}

document.addEventListener('DOMContentLoaded', () => {
  const answer = document.getElementById('answer');
  document.getElementById('ask-form').addEventListener('submit', async (e) => {
    e.preventDefault();
    const question = document.getElementById('question').value.trim();
    if (!question) return;
    answer.replaceChildren(el('p', { class: 'muted' }, 'Thinking…'));
    const reply = await call(answer, '/api/ask', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ question }) });
    if (reply) render(answer, reply);
  });

  const company = document.getElementById('company');
  const names = document.getElementById('company-names');
  let pending = 0;
  company.addEventListener('input', async () => {
    const ticket = ++pending;
    const res = await fetch('/api/companies?prefix=' + encodeURIComponent(company.value));
    if (!res.ok || ticket !== pending) return;
    const list = await res.json();
    names.replaceChildren(...list.map(n => el('option', { value: n })));
  });
  const result = document.getElementById('company-result');
  document.getElementById('company-form').addEventListener('submit', async (e) => {
    e.preventDefault();
    const name = company.value.trim();
    if (!name) return;
    const res = await fetch('/api/company/' + encodeURIComponent(name));
    if (res.status === 404) {
      const body = await res.json();
      result.replaceChildren(el('p', { class: 'answer not-covered' }, body.detail || 'Not found.'));
      return;
    }
    if (!res.ok) { await problem(result, res); return; }
    render(result, await res.json());
  });

  const fact = document.getElementById('fact');
  call(fact, '/api/fact').then(reply => { if (reply) render(fact, reply, false); });
});
