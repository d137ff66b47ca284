// Calls to the Attaché HTTP API (docs/api.md). Every failure becomes an ApiError whose message is
// the server's own "error" text, so pages can show it as it is.

export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
  }
}

/** The query string of params, leaving out empty values (the server refuses unknown or blank filters). */
export function query(params = {}) {
  const q = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === '' || value === false) continue;
    q.set(key, String(value));
  }
  const s = q.toString();
  return s ? `?${s}` : '';
}

async function parse(response) {
  let body = null;
  const text = await response.text();
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    body = null;
  }
  if (!response.ok) {
    const message = body && typeof body.error === 'string' ? body.error : `${response.status} ${response.statusText}`;
    throw new ApiError(response.status, message);
  }
  if (body === null) throw new ApiError(response.status, 'the server sent no JSON');
  return body;
}

async function send(path, init) {
  let response;
  try {
    response = await fetch(path, init);
  } catch (e) {
    throw new ApiError(0, `cannot reach the Attaché server (${e.message})`);
  }
  return parse(response);
}

export function getJson(path, params) {
  return send(`/api/${path}${query(params)}`, { headers: { Accept: 'application/json' } });
}

export function postJson(path, body) {
  return send(`/api/${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify(body),
  });
}
