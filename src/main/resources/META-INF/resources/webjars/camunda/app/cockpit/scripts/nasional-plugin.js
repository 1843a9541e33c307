/*
 * PUSPAGA Cockpit plugin "Pemantauan nasional": for the ministry (pemantau-nasional) and a province
 * (pemantau-provinsi), every office they monitor for a chosen period, ranked by the share of SOP
 * steps done on time, with its requests, breaches and IKM (/api/nasional); an office opens its
 * steps, each against its limit. Figures only, from the anonymous statistics: no request, name or
 * text. For anyone else the API refuses and the section stays empty.
 */
import { getJson, officeToday, periods, root } from './kepatuhan/data.js';
import { STATUS_CLASS, element } from './kepatuhan/dom.js';

function dash(value, suffix) {
  return value === null || value === undefined ? '–' : value + (suffix || '');
}

function officeTable(offices, open) {
  const head = element('tr', {}, ['Peringkat', 'Kantor', 'Diterima', 'Terbuka', 'Selesai', 'Pelanggaran batas',
    'Langkah tepat waktu', 'IKM'].map((title) => element('th', { scope: 'col' }, title)));
  const rows = offices.map((office) => element('tr', { 'data-office': office.id },
    element('td', {}, dash(office.rank)),
    element('td', {}, element('a', {
      href: '',
      class: 'nasional-kantor',
      onclick: (event) => {
        event.preventDefault();
        open(office);
      }
    }, office.name), element('span', { class: 'text-muted' }, ' (' + office.id + ')')),
    element('td', {}, String(office.received)),
    element('td', {}, String(office.open)),
    element('td', {}, String(office.ended)),
    element('td', {}, String(office.breaches)),
    element('td', {}, office.onTimePercent === null ? '–'
      : office.onTimePercent + '% dari ' + office.completed),
    element('td', {}, office.ikm ? office.ikm + ' (' + office.ikmCategory + ')' : '–')));
  return element('table', { class: 'table table-condensed nasional-kantor-tabel' },
    element('caption', {}, 'Kantor menurut bagian langkah SOP yang selesai tepat waktu'),
    element('thead', {}, head), element('tbody', {}, rows));
}

function stepTable(data) {
  const head = element('tr', {}, ['Langkah', 'Batas SOP', 'Selesai', 'Tepat waktu', 'Median', 'Persentil ke-90', 'Status']
    .map((title) => element('th', { scope: 'col' }, title)));
  const rows = data.steps.map((step) => element('tr', { 'data-step': step.step },
    element('td', {}, step.step + '. ' + step.name),
    element('td', {}, step.limit),
    element('td', {}, String(step.completed)),
    element('td', {}, dash(step.withinLimitPercent, '%')),
    element('td', {}, dash(step.median, ' ' + step.unit)),
    element('td', {}, dash(step.p90, ' ' + step.unit)),
    element('td', { class: STATUS_CLASS[step.status] }, step.statusText)));
  return element('table', { class: 'table table-condensed nasional-langkah' },
    element('caption', {}, data.name + ' · ' + data.period.label),
    element('thead', {}, head), element('tbody', {}, rows));
}

function render(node, api) {
  const select = element('select', { class: 'form-control nasional-periode', 'aria-label': 'Periode' },
    periods(officeToday()).map((period) => element('option', { value: period.code }, period.label)));
  const content = element('div', { class: 'nasional-isi', 'aria-live': 'polite' }, 'Memuat angka kantor...');
  const detail = element('div', { class: 'nasional-rincian', 'aria-live': 'polite' });
  const section = element('section', { class: 'puspaga-nasional' },
    element('h2', {}, 'Pemantauan PUSPAGA per kantor'),
    element('div', { class: 'kepatuhan-kendali' }, element('label', {}, 'Periode ', select)), content, detail);

  function open(office) {
    detail.replaceChildren(element('p', {}, 'Memuat...'));
    getJson('/api/nasional/' + encodeURIComponent(office.id) + '?period=' + encodeURIComponent(select.value), api)
      .then((data) => detail.replaceChildren(element('h3', {}, 'Langkah SOP: ' + data.name), stepTable(data)))
      .catch((error) => detail.replaceChildren(element('p', { class: 'text-danger' }, String(error))));
  }

  function load() {
    detail.replaceChildren();
    getJson('/api/nasional?period=' + encodeURIComponent(select.value), api)
      .then((data) => {
        if (!section.isConnected) {
          node.replaceChildren(section);
        }
        const report = root() + '/api/nasional/laporan?period=' + encodeURIComponent(data.period.code) + '&format=';
        content.replaceChildren(element('p', { class: 'text-muted' }, data.scope + ', ' + data.period.label + ': '
          + data.offices.length + ' kantor. Angka dari statistik anonim; waktu tiap langkah dihitung dengan kalender kerja'
          + ' kantornya.'),
        element('p', {}, 'Laporan pemantauan periode ini: ',
          element('a', { href: report + 'pdf', class: 'nasional-laporan-pdf' }, 'PDF'), ' · ',
          element('a', { href: report + 'csv', class: 'nasional-laporan-csv' }, 'CSV')),
        officeTable(data.offices, open));
      })
      // Not a monitor: nothing of this view.
      .catch((error) => (error.status === 403 ? node.replaceChildren()
        : content.replaceChildren(element('p', { class: 'text-danger' }, String(error)))));
  }
  select.addEventListener('change', load);
  load();
}

export default [
  {
    id: 'puspaga.nasional.dashboard',
    pluginPoint: 'cockpit.dashboard',
    // Before Kepatuhan SOP (100): the monitors open Cockpit for this view.
    priority: 110,
    render: (node, { api }) => render(node, api)
  }
];
