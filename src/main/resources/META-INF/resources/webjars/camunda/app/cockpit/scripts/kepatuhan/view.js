// Kepatuhan SOP: the view itself, a period selector over the figures, the chart and the reports.
import { chart } from './chart.js';
import { formatDate, getJson, officeToday, periods } from './data.js';
import { element } from './dom.js';
import { monthlyReports } from './reports.js';
import { instanceList, loadTable, stepTable } from './tables.js';

export function render(node, api) {
  const today = officeToday();
  const select = element('select', { class: 'form-control kepatuhan-periode', 'aria-label': 'Periode' },
    periods(today).map((period) => element('option', { value: period.code }, period.label)));
  const content = element('div', { class: 'kepatuhan-isi' }, 'Memuat angka kepatuhan...');
  const list = element('div', { class: 'kepatuhan-rincian', 'aria-live': 'polite' });
  node.replaceChildren(element('section', { class: 'puspaga-kepatuhan' },
    element('h2', {}, 'Kepatuhan SOP Layanan Informasi'),
    element('div', { class: 'kepatuhan-kendali' }, element('label', {}, 'Periode ', select)),
    content, list, monthlyReports(api)));

  function show(figure, query, caption) {
    const parameters = new URLSearchParams({ period: select.value, figure, ...query });
    list.replaceChildren(element('p', {}, 'Memuat...'));
    getJson('/api/compliance/instances?' + parameters, api)
      .then((rows) => list.replaceChildren(element('h3', {}, 'Permohonan: ' + caption), instanceList(rows, caption)))
      .catch((message) => list.replaceChildren(element('p', { class: 'text-danger' }, String(message))));
  }

  function load() {
    list.replaceChildren();
    getJson('/api/compliance?period=' + encodeURIComponent(select.value), api)
      .then((data) => {
        // Which steps count plain days comes from the deployed model's limits, as the API reports them.
        const inDays = data.steps.filter((step) => step.unit === 'hari').map((step) => step.step);
        content.replaceChildren(
          element('p', { class: 'text-muted' }, data.period.label + ': ' + formatDate(data.period.start) + ' sampai '
            + formatDate(data.period.lastDay) + '. Terbuka dan lewat tenggat: keadaan saat ini. Waktu penyelesaian dihitung'
            + ' dalam hari kerja (kalender kerja kantor: akhir pekan, libur nasional, cuti bersama)'
            + (inDays.length ? ', untuk langkah ' + inDays.slice(0, -1).join(', ') + (inDays.length > 1 ? ' dan ' : '') + inDays[inDays.length - 1] + ' dalam hari' : '') + ', seperti batas SOP-nya.'),
          stepTable(data, show),
          element('h3', {}, 'Waktu penyelesaian dibanding batas SOP'),
          chart(data.steps),
          element('div', { class: 'row' },
            element('div', { class: 'col-md-6' }, element('h3', {}, 'Per lajur'), loadTable('Lajur', data.lanes, 'lane', show)),
            element('div', { class: 'col-md-6' }, element('h3', {}, 'Per petugas'), loadTable('Petugas', data.officers, 'officer', show))));
      })
      // A reader who is no Ketua (a national or provincial monitor): nothing of this view.
      .catch((message) => (message.status === 403 ? node.replaceChildren()
        : content.replaceChildren(element('p', { class: 'text-danger' }, String(message)))));
  }

  select.addEventListener('change', load);
  load();
}
