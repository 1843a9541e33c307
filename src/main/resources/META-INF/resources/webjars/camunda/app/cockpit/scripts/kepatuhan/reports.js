// Kepatuhan SOP: the monthly client reports, those filed and producing one.
import { formatDate, getJson, officeToday, periods, postJson, root } from './data.js';
import { element } from './dom.js';

/** The monthly client reports: those filed, and producing one for a chosen month. */
export function monthlyReports(api) {
  const months = periods(officeToday()).filter((period) => /^\d{4}-\d{2}$/.test(period.code));
  const select = element('select', { class: 'form-control kepatuhan-bulan', 'aria-label': 'Bulan laporan' },
    months.slice(1).concat(months.slice(0, 1)).map((month) => element('option', { value: month.code }, month.label)));
  const list = element('div', { class: 'kepatuhan-laporan-daftar' }, 'Memuat laporan...');
  const message = element('p', { class: 'kepatuhan-laporan-pesan', 'aria-live': 'polite' });
  const button = element('button', { type: 'button', class: 'btn btn-default kepatuhan-buat-laporan' }, 'Buat laporan');

  function refresh() {
    getJson('/api/compliance/reports', api).then((reports) => {
      if (!reports.length) {
        list.replaceChildren(element('p', {}, 'Belum ada laporan bulanan.'));
        return;
      }
      list.replaceChildren(element('table', { class: 'table table-condensed kepatuhan-laporan' },
        element('thead', {}, element('tr', {}, ['Bulan', 'Nomor', 'Dibuat', 'Unduh'].map((t) => element('th', {}, t)))),
        element('tbody', {}, reports.map((report) => element('tr', { 'data-month': report.month },
          element('td', {}, report.monthLabel + (report.version > 1 ? ' (versi ' + report.version + ')' : '')),
          element('td', {}, report.documentNumber),
          element('td', {}, formatDate(report.generatedAt) + (report.generatedBy ? ' oleh ' + report.generatedBy : ' (otomatis)')),
          element('td', {},
            element('a', { href: root() + '/api/compliance/reports/' + report.id + '/pdf', class: 'laporan-pdf' }, 'PDF'), ' · ',
            element('a', { href: root() + '/api/compliance/reports/' + report.id + '/csv', class: 'laporan-csv' }, 'CSV')))))));
    }).catch((error) => list.replaceChildren(element('p', { class: 'text-danger' }, String(error))));
  }

  button.addEventListener('click', () => {
    button.disabled = true;
    message.textContent = 'Membuat laporan...';
    postJson('/api/compliance/reports?month=' + encodeURIComponent(select.value), api)
      .then((report) => {
        message.textContent = 'Laporan ' + report.monthLabel + ' dibuat: ' + report.documentNumber + '.';
        refresh();
      })
      .catch((error) => { message.textContent = String(error); })
      .finally(() => { button.disabled = false; });
  });
  refresh();
  return element('div', { class: 'kepatuhan-laporan-bulanan' },
    element('h3', {}, 'Laporan bulanan klien'),
    element('p', { class: 'text-muted' }, 'Dibuat otomatis pada hari kerja pertama setiap bulan untuk bulan sebelumnya,'
      + ' dan diarsipkan. Laporan bulan lain dapat dibuat di sini kapan saja.'),
    element('div', { class: 'kepatuhan-kendali' }, element('label', {}, 'Bulan ', select), ' ', button),
    message, list);
}
