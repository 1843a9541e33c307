// Kepatuhan SOP: the tables of steps, lanes and officers, and the list of requests behind a figure.
import { formatDate, root } from './data.js';
import { STATUS_CLASS, element } from './dom.js';

const FIGURES = {
  open: 'terbuka',
  overdue: 'lewat tenggat',
  breaches: 'pelanggaran batas waktu',
  completed: 'selesai',
  late: 'selesai terlambat'
};

function days(value, unit) {
  return value === null || value === undefined ? '–' : value + ' ' + unit;
}

/** A figure that opens its list of requests. */
function figureLink(count, figure, query, show, caption) {
  if (!count) {
    return element('span', { class: 'kepatuhan-angka kepatuhan-nol' }, '0');
  }
  return element('a', {
    href: '',
    class: 'kepatuhan-angka',
    'data-figure': figure,
    title: 'Tampilkan permohonan: ' + caption,
    onclick: (event) => {
      event.preventDefault();
      show(figure, query, caption);
    }
  }, String(count));
}

export function stepTable(report, show) {
  const head = element('tr', {},
    ['Langkah', 'Lajur', 'Batas SOP', 'Terbuka', 'Lewat tenggat', 'Pelanggaran', 'Selesai', 'Median', 'Persentil ke-90',
      'Tepat waktu', 'Status'].map((title) => element('th', {}, title)));
  const body = report.steps.map((step) => element('tr', { 'data-step': step.step },
    element('td', {}, step.step + '. ' + step.name),
    element('td', {}, step.laneName),
    element('td', {}, step.limit),
    element('td', {}, figureLink(step.open, 'open', { step: step.step }, show, 'langkah ' + step.step + ' terbuka')),
    element('td', {}, figureLink(step.overdue, 'overdue', { step: step.step }, show, 'langkah ' + step.step + ' lewat tenggat')),
    element('td', {}, figureLink(step.breaches, 'breaches', { step: step.step }, show, 'pelanggaran langkah ' + step.step)),
    element('td', {}, figureLink(step.completed, 'completed', { step: step.step }, show, 'langkah ' + step.step + ' selesai')),
    element('td', {}, days(step.median, step.unit)),
    element('td', {}, days(step.p90, step.unit)),
    element('td', {}, step.withinLimitPercent === null ? '–'
      : [step.withinLimitPercent + '% ', figureLink(step.completed - step.completedWithinLimit, 'late', { step: step.step }, show,
        'langkah ' + step.step + ' selesai terlambat'), ' terlambat']),
    element('td', {}, element('span', { class: 'kepatuhan-status ' + STATUS_CLASS[step.status] }, step.statusText))));
  return element('table', { class: 'table table-condensed kepatuhan-langkah' }, element('thead', {}, head), element('tbody', {}, body));
}

export function loadTable(title, loads, key, show) {
  const rows = loads.map((load) => element('tr', {},
    element('td', {}, load.name),
    element('td', {}, figureLink(load.open, 'open', { [key]: load.id === null ? '' : load.id }, show, load.name + ' terbuka')),
    element('td', {}, figureLink(load.overdue, 'overdue', { [key]: load.id === null ? '' : load.id }, show,
      load.name + ' lewat tenggat'))));
  return element('table', { class: 'table table-condensed kepatuhan-beban' },
    element('thead', {}, element('tr', {}, element('th', {}, title), element('th', {}, 'Terbuka'), element('th', {}, 'Lewat tenggat'))),
    element('tbody', {}, rows.length ? rows : element('tr', {}, element('td', { colspan: 3 }, 'Tidak ada tugas terbuka.'))));
}

export function instanceList(rows, caption) {
  if (!rows.length) {
    return element('p', {}, 'Tidak ada permohonan.');
  }
  const items = rows.map((row) => {
    const href = row.running ? '#/process-instance/' + row.processInstanceId + '/runtime'
      : root() + '/arsip/?nomor=' + encodeURIComponent(row.businessKey || '');
    return element('tr', {},
      element('td', {}, element('a', { href, class: 'kepatuhan-permohonan' }, row.businessKey || row.processInstanceId)),
      element('td', {}, row.task || ''),
      element('td', {}, row.assigneeName || 'belum diklaim'),
      element('td', {}, row.due ? formatDate(row.due) : ''),
      element('td', {}, row.running ? 'berjalan' : 'selesai (arsip)'));
  });
  return element('table', { class: 'table table-condensed kepatuhan-daftar', 'aria-label': caption },
    element('thead', {}, element('tr', {}, ['Nomor registrasi', 'Tugas', 'Petugas', 'Tenggat', 'Keadaan'].map((t) => element('th', {}, t)))),
    element('tbody', {}, items));
}
