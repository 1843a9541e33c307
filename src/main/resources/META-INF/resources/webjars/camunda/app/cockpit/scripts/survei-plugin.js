/*
 * PUSPAGA Cockpit plugin "Survei Kepuasan Masyarakat", beside Kepatuhan SOP on the dashboard: the
 * IKM of any period with each element's NRR, the sample, the trend per month and the results per
 * respondent group (/api/survei/hasil, Ketua and administrators), the suggestions and the
 * follow-up that /survei/hasil publishes (the Ketua only), and the yearly report (PDF and CSV).
 * Every word of the regulation (element names, categories) comes from the server.
 */
import { formatDate, getJson, officeToday, periods, postJson, putJson, root } from './kepatuhan/data.js';
import { element } from './kepatuhan/dom.js';

function table(caption, headings, rows, className) {
  return element('table', { class: 'table table-condensed ' + (className || '') },
    element('caption', {}, caption),
    element('thead', {}, element('tr', {}, headings.map((heading) => element('th', { scope: 'col' }, heading)))),
    element('tbody', {}, rows.map((cells) => element('tr', {}, cells.map((cell) => element('td', {}, cell))))));
}

function figures(data) {
  const result = data.result;
  const sample = 'Responden ' + result.answers + ' dari ' + result.population + ' permohonan selesai; sampel minimal '
    + result.requiredSample + ' (' + (result.sampleReached ? 'terpenuhi' : 'belum terpenuhi') + ').';
  if (!result.answers) {
    return [element('p', { class: 'survei-kosong' }, 'Belum ada jawaban survei pada ' + result.label + '.'),
      element('p', { class: 'text-muted' }, sample)];
  }
  return [
    element('p', { class: 'survei-ikm' }, 'IKM ', element('strong', { class: 'survei-nilai' }, result.index), ', mutu ',
      element('strong', { class: 'survei-mutu' }, result.category + ' (' + result.categoryLabel + ')'), ' · ' + result.label),
    element('p', { class: 'text-muted' }, sample),
    element('div', { class: 'row' },
      element('div', { class: 'col-md-6' }, table('Nilai rata-rata per unsur (NRR)', ['Unsur', 'Uraian', 'NRR'],
        result.elements.map((row) => [row.code, row.label, String(row.nrr).replace('.', ',')]), 'survei-unsur')),
      element('div', { class: 'col-md-6' }, table('IKM per bulan', ['Bulan', 'Responden', 'IKM'],
        data.trend.map((row) => [row.label, String(row.answers), row.index ? row.index + ' (' + row.category + ')' : '-']),
        'survei-tren'))),
    table('Per kelompok responden', ['Pertanyaan', 'Kelompok', 'Responden', 'IKM'],
      data.groups.map((row) => [row.question, row.group, String(row.answers), row.index + ' (' + row.category + ')']),
      'survei-kelompok')
  ];
}

function suggestions(period, api) {
  const box = element('div', { class: 'survei-saran' }, 'Memuat saran...');
  getJson('/api/survei/saran?period=' + encodeURIComponent(period), api)
    .then((rows) => box.replaceChildren(rows.length
      ? element('ul', {}, rows.map((row) => element('li', {}, element('span', { class: 'text-muted' },
        formatDate(row.answeredOn) + ': '), row.suggestion)))
      : element('p', {}, 'Tidak ada saran pada periode ini.')))
    .catch((message) => box.replaceChildren(element('p', { class: 'text-muted' }, String(message))));
  return box;
}

function followUp(period, current, api) {
  const text = element('textarea', { class: 'form-control survei-tindak-lanjut', rows: '3', maxlength: '4000',
    'aria-label': 'Tindak lanjut' });
  text.value = current || '';
  const message = element('p', { class: 'survei-tindak-lanjut-pesan', 'aria-live': 'polite' });
  const button = element('button', { type: 'button', class: 'btn btn-default survei-simpan' }, 'Simpan tindak lanjut');
  button.addEventListener('click', () => {
    button.disabled = true;
    putJson('/api/survei/tindak-lanjut?period=' + encodeURIComponent(period), { text: text.value }, api)
      .then(() => { message.textContent = 'Tindak lanjut disimpan dan diumumkan di halaman hasil survei.'; })
      .catch((error) => { message.textContent = String(error); })
      .finally(() => { button.disabled = false; });
  });
  return element('div', {}, element('p', { class: 'text-muted' }, 'Diumumkan bersama hasil periode ini di /survei/hasil.'),
    text, button, message);
}

function yearlyReports(api) {
  const year = officeToday().getFullYear();
  const select = element('select', { class: 'form-control survei-tahun', 'aria-label': 'Tahun laporan' },
    [year - 1, year].map((y) => element('option', { value: String(y) }, String(y))));
  const button = element('button', { type: 'button', class: 'btn btn-default survei-buat-laporan' }, 'Buat laporan tahunan');
  const message = element('p', { class: 'survei-laporan-pesan', 'aria-live': 'polite' });
  const list = element('div', { class: 'survei-laporan-daftar' }, 'Memuat laporan...');

  function refresh() {
    getJson('/api/survei/laporan', api).then((reports) => list.replaceChildren(reports.length
      ? table('Laporan tahunan yang sudah dibuat', ['Tahun', 'Nomor', 'Dibuat', 'Unduh'], reports.map((report) => [
        String(report.year) + (report.version > 1 ? ' (versi ' + report.version + ')' : ''), report.documentNumber,
        formatDate(report.generatedAt) + (report.generatedBy ? ' oleh ' + report.generatedBy : ' (otomatis)'),
        element('span', {},
          element('a', { href: root() + '/api/survei/laporan/' + report.id + '/pdf', class: 'survei-laporan-pdf' }, 'PDF'),
          ' · ', element('a', { href: root() + '/api/survei/laporan/' + report.id + '/csv', class: 'survei-laporan-csv' }, 'CSV'))]),
        'survei-laporan')
      : element('p', {}, 'Belum ada laporan tahunan.')))
      .catch((error) => list.replaceChildren(element('p', { class: 'text-danger' }, String(error))));
  }

  button.addEventListener('click', () => {
    button.disabled = true;
    message.textContent = 'Membuat laporan...';
    postJson('/api/survei/laporan?year=' + encodeURIComponent(select.value), api)
      .then((report) => { message.textContent = 'Laporan ' + report.year + ' dibuat: ' + report.documentNumber + '.'; refresh(); })
      .catch((error) => { message.textContent = String(error); })
      .finally(() => { button.disabled = false; });
  });
  refresh();
  return element('div', {}, element('h3', {}, 'Laporan tahunan'),
    element('p', { class: 'text-muted' }, 'Dibuat otomatis pada hari kerja pertama setiap tahun untuk tahun sebelumnya;'
      + ' dapat dibuat di sini kapan saja.'),
    element('div', { class: 'kepatuhan-kendali' }, element('label', {}, 'Tahun ', select), ' ', button), message, list);
}

function render(node, api) {
  const choices = periods(officeToday());
  // Semesters and years first: the regulation reports by them; months follow.
  const ordered = choices.filter((p) => !/^\d{4}-\d{2}$/.test(p.code)).concat(choices.filter((p) => /^\d{4}-\d{2}$/.test(p.code)));
  const select = element('select', { class: 'form-control survei-periode', 'aria-label': 'Periode survei' },
    ordered.map((period) => element('option', { value: period.code }, period.label)));
  const content = element('div', { class: 'survei-isi', 'aria-live': 'polite' }, 'Memuat hasil survei...');
  node.replaceChildren(element('section', { class: 'puspaga-survei' },
    element('h2', {}, 'Survei Kepuasan Masyarakat'),
    element('div', { class: 'kepatuhan-kendali' }, element('label', {}, 'Periode ', select)),
    content, yearlyReports(api)));

  function load() {
    const period = select.value;
    getJson('/api/survei/hasil?period=' + encodeURIComponent(period), api)
      .then((data) => content.replaceChildren(...figures(data),
        element('h3', {}, 'Saran dan masukan'), suggestions(period, api),
        element('h3', {}, 'Tindak lanjut'), followUp(period, data.result.followUp, api)))
      // A reader who is no Ketua (a national or provincial monitor): nothing of this view.
      .catch((message) => (message.status === 403 ? node.replaceChildren()
        : content.replaceChildren(element('p', { class: 'text-danger' }, String(message)))));
  }
  select.addEventListener('change', load);
  load();
}

export default [
  {
    id: 'puspaga.survei.dashboard',
    pluginPoint: 'cockpit.dashboard',
    // After Kepatuhan SOP (priority 100).
    priority: 90,
    render: (node, { api }) => render(node, api)
  }
];
