// Kepatuhan SOP: our API and dates. Month names come from the browser's own Indonesian calendar
// data (CLDR, as the server's), not from a copy here.

const MONTH_YEAR = new Intl.DateTimeFormat('id-ID', { month: 'long', year: 'numeric' });
const DAY = { day: 'numeric', month: 'long', year: 'numeric' };

export function root() {
  // The application's own paths sit beside /camunda/ (a context path, if any, comes before it).
  return window.location.pathname.split('/camunda/')[0];
}

/** Today in the office's zone, whatever zone the browser's clock is set to (the server counts in WIB). */
export function officeToday() {
  const [year, month, day] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta', year: 'numeric', month: '2-digit',
    day: '2-digit' }).format(new Date()).split('-').map(Number);
  return new Date(year, month - 1, day);
}

export function periods(today) {
  const year = today.getFullYear();
  const month = today.getMonth();
  const options = [];
  for (let back = 0; back < 13; back++) {
    const date = new Date(year, month - back, 1);
    const code = date.getFullYear() + '-' + String(date.getMonth() + 1).padStart(2, '0');
    const label = MONTH_YEAR.format(date);
    options.push({ code, label: back === 0 ? 'Bulan ini (' + label + ')' : label });
  }
  const semester = month < 6 ? 1 : 2;
  options.push({ code: year + '-S' + semester, label: 'Semester ' + (semester === 1 ? 'I ' : 'II ') + year });
  if (semester === 2) {
    options.push({ code: year + '-S1', label: 'Semester I ' + year });
  } else {
    options.push({ code: (year - 1) + '-S2', label: 'Semester II ' + (year - 1) });
  }
  options.push({ code: String(year), label: 'Tahun ' + year });
  options.push({ code: String(year - 1), label: 'Tahun ' + (year - 1) });
  return options;
}

/** A call to our API with the webapp's session and its anti-forgery token; a refusal rejects with its message and status. */
function callJson(method, path, api, body) {
  const headers = { Accept: 'application/json', 'X-XSRF-TOKEN': api.CSRFToken };
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
  }
  return fetch(root() + path, {
    method,
    credentials: 'same-origin',
    headers,
    body: body === undefined ? undefined : JSON.stringify(body)
  }).then((response) => response.json().then((body) => (response.ok ? body
    // The reason as text where it is shown, and the status for a view that hides itself when refused.
    : Promise.reject({ status: response.status, message: body.message || String(response.status), toString() { return this.message; } }))));
}

export const getJson = (path, api) => callJson('GET', path, api);
export const postJson = (path, api) => callJson('POST', path, api);
export const putJson = (path, body, api) => callJson('PUT', path, api, body);

export function formatDate(iso) {
  if (!iso) {
    return '';
  }
  // A date alone is that day; a moment is the day it is at the office.
  const zone = String(iso).length === 10 ? 'UTC' : 'Asia/Jakarta';
  return new Intl.DateTimeFormat('id-ID', { ...DAY, timeZone: zone }).format(new Date(iso));
}
