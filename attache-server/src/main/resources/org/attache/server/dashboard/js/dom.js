// Small DOM helpers. Text always goes in through textContent: the sentences, titles and names the
// API returns are untrusted text from the news and must never be parsed as HTML.

/**
 * el('td', {class: 'num', dataset: {testid: 'x'}}, 'text', childNode) builds an element.
 * Attribute values are set with setAttribute, children as text nodes or nodes.
 */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'dataset') Object.assign(node.dataset, value);
    else if (key === 'on') for (const [type, fn] of Object.entries(value)) node.addEventListener(type, fn);
    else if (key === 'style') node.style.cssText = value;
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Replaces the children of node. */
export function fill(node, ...children) {
  node.replaceChildren();
  append(node, children);
  return node;
}

export function errorBox(error, prefix = '') {
  const message = error && error.message ? error.message : String(error);
  return el('div', { class: 'alert alert-error', role: 'alert', 'data-testid': 'error' }, prefix ? `${prefix}: ${message}` : message);
}

export function emptyBox(message, testid = 'empty') {
  return el('div', { class: 'empty', 'data-testid': testid }, message);
}

export function loadingBox(message = 'Loading…') {
  return el('div', { class: 'loading' }, message);
}

const numberFormat = new Intl.NumberFormat('en');
export function fmtInt(n) {
  return numberFormat.format(n);
}

export function fmtSigned(x, digits = 1) {
  if (x === null || x === undefined || Number.isNaN(x)) return '–';
  const s = Number(x).toFixed(digits);
  return x > 0 ? `+${s}` : s;
}

/** A link to an article, only for http(s) URLs (a javascript: URL from data must never become a link). */
export function safeLink(url, text) {
  try {
    const parsed = new URL(url, window.location.href);
    if (parsed.protocol === 'http:' || parsed.protocol === 'https:') {
      return el('a', { href: parsed.href, target: '_blank', rel: 'noopener noreferrer' }, text || url);
    }
  } catch {
    // not a URL: shown as text below
  }
  return document.createTextNode(text || String(url));
}

/** The page's query parameters as a plain object. */
export function pageParams() {
  return Object.fromEntries(new URLSearchParams(window.location.search).entries());
}

/** Replaces the page's query string (no reload) so the current view can be bookmarked and shared. */
export function setPageParams(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '' && v !== false) q.set(k, String(v));
  const s = q.toString();
  window.history.replaceState(null, '', s ? `?${s}` : window.location.pathname);
}
