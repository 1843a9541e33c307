/*
 * PUSPAGA Cockpit plugin "Kepatuhan SOP": the Ketua's view of how each SOP step does against its
 * limit, per lane and per officer, for a chosen period, from /api/compliance (readable by the
 * Ketua and administrators only). Every figure opens the list of requests behind it, each linked
 * to its Cockpit page (running) or its archive record (ended). The chart is plain SVG drawn
 * here: no charting library to download or keep up to date, nothing fetched from the internet.
 */
// Month names come from the browser's own Indonesian calendar data (CLDR, as the server's), the
// status words with each step from /api/compliance: no copy of either here.
const MONTH_YEAR = new Intl.DateTimeFormat('id-ID', { month: 'long', year: 'numeric' });
const DAY = { day: 'numeric', month: 'long', year: 'numeric' };
const STATUS_CLASS = {
  GREEN: 'kepatuhan-hijau',
  AMBER: 'kepatuhan-kuning',
  RED: 'kepatuhan-merah',
  NONE: 'kepatuhan-kosong'
};
const FIGURES = {
  open: 'terbuka',
  overdue: 'lewat tenggat',
  breaches: 'pelanggaran batas waktu',
  completed: 'selesai',
  late: 'selesai terlambat'
};
const SVG = 'http://www.w3.org/2000/svg';

function root() {
  // The application's own paths sit beside /camunda/ (a context path, if any, comes before it).
  return window.location.pathname.split('/camunda/')[0];
}

function element(tag, attributes, ...children) {
  const node = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([name, value]) => {
    if (name === 'onclick') {
      node.addEventListener('click', value);
    } else if (value !== undefined && value !== null) {
      node.setAttribute(name, value);
    }
  });
  children.flat().forEach((child) => node.append(child instanceof Node ? child : document.createTextNode(String(child))));
  return node;
}

function svg(tag, attributes, text) {
  const node = document.createElementNS(SVG, tag);
  Object.entries(attributes).forEach(([name, value]) => node.setAttribute(name, value));
  if (text !== undefined) {
    node.textContent = text;
  }
  return node;
}

/** Today in the office's zone, whatever zone the browser's clock is set to (the server counts in WIB). */
function officeToday() {
  const [year, month, day] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta', year: 'numeric', month: '2-digit',
    day: '2-digit' }).format(new Date()).split('-').map(Number);
  return new Date(year, month - 1, day);
}

function periods(today) {
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

/** A call to our API with the webapp's session and its anti-forgery token; a refusal rejects with its message. */
function callJson(method, path, api) {
  return fetch(root() + path, {
    method,
    credentials: 'same-origin',
    headers: { Accept: 'application/json', 'X-XSRF-TOKEN': api.CSRFToken }
  }).then((response) => response.json().then((body) => (response.ok ? body : Promise.reject(body.message || response.status))));
}

const getJson = (path, api) => callJson('GET', path, api);
const postJson = (path, api) => callJson('POST', path, api);

function formatDate(iso) {
  if (!iso) {
    return '';
  }
  // A date alone is that day; a moment is the day it is at the office.
  const zone = String(iso).length === 10 ? 'UTC' : 'Asia/Jakarta';
  return new Intl.DateTimeFormat('id-ID', { ...DAY, timeZone: zone }).format(new Date(iso));
}

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

function chart(steps) {
  const rows = steps.filter((step) => step.limitAmount !== null);
  const longest = Math.max(1, ...rows.map((step) => Math.max(step.p90 || 0, step.limitAmount)));
  const width = 640;
  const left = 230;
  const scale = (width - left - 70) / longest;
  const rowHeight = 28;
  const height = rows.length * rowHeight + 40;
  const canvas = svg('svg', {
    viewBox: '0 0 ' + width + ' ' + height, width: '100%', role: 'img', class: 'kepatuhan-grafik',
    'aria-label': 'Waktu penyelesaian tiap langkah (median dan persentil ke-90) dibanding batas SOP'
  });
  rows.forEach((step, index) => {
    const y = 10 + index * rowHeight;
    canvas.append(svg('text', { x: left - 8, y: y + 15, 'text-anchor': 'end', class: 'nama-langkah' },
      step.step + '. ' + (step.name.length > 30 ? step.name.slice(0, 29) + '…' : step.name)));
    if (step.p90 !== null) {
      canvas.append(svg('rect', { x: left, y: y + 3, width: step.p90 * scale, height: 16, class: 'p90 ' + STATUS_CLASS[step.status] }));
      canvas.append(svg('rect', { x: left, y: y + 7, width: step.median * scale, height: 8, class: 'median' }));
      canvas.append(svg('text', { x: left + Math.max(step.p90, step.limitAmount) * scale + 6, y: y + 15, class: 'nilai' },
        step.median + ' / ' + step.p90));
    }
    const limitX = left + step.limitAmount * scale;
    if (step.p90 === null) {
      canvas.append(svg('text', { x: limitX + 6, y: y + 15, class: 'nilai kosong' }, step.statusText));
    }
    canvas.append(svg('line', { x1: limitX, x2: limitX, y1: y, y2: y + 22, class: 'batas' }));
  });
  const legendY = height - 10;
  canvas.append(svg('rect', { x: left, y: legendY - 10, width: 12, height: 8, class: 'median' }));
  canvas.append(svg('text', { x: left + 16, y: legendY - 2, class: 'legenda' }, 'median'));
  canvas.append(svg('rect', { x: left + 80, y: legendY - 12, width: 12, height: 12, class: 'p90 kepatuhan-kosong' }));
  canvas.append(svg('text', { x: left + 96, y: legendY - 2, class: 'legenda' }, 'persentil ke-90'));
  canvas.append(svg('line', { x1: left + 210, x2: left + 210, y1: legendY - 13, y2: legendY + 1, class: 'batas' }));
  canvas.append(svg('text', { x: left + 216, y: legendY - 2, class: 'legenda' }, 'batas SOP (hari kerja / hari)'));
  return canvas;
}

function stepTable(report, show) {
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

function loadTable(title, loads, key, show) {
  const rows = loads.map((load) => element('tr', {},
    element('td', {}, load.name),
    element('td', {}, figureLink(load.open, 'open', { [key]: load.id === null ? '' : load.id }, show, load.name + ' terbuka')),
    element('td', {}, figureLink(load.overdue, 'overdue', { [key]: load.id === null ? '' : load.id }, show,
      load.name + ' lewat tenggat'))));
  return element('table', { class: 'table table-condensed kepatuhan-beban' },
    element('thead', {}, element('tr', {}, element('th', {}, title), element('th', {}, 'Terbuka'), element('th', {}, 'Lewat tenggat'))),
    element('tbody', {}, rows.length ? rows : element('tr', {}, element('td', { colspan: 3 }, 'Tidak ada tugas terbuka.'))));
}

function instanceList(rows, caption) {
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

/** The monthly client reports: those filed, and producing one for a chosen month. */
function monthlyReports(api) {
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

function render(node, api) {
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
      .catch((message) => content.replaceChildren(element('p', { class: 'text-danger' }, String(message))));
  }

  select.addEventListener('change', load);
  load();
}

export default [
  {
    id: 'puspaga.kepatuhan.dashboard',
    pluginPoint: 'cockpit.dashboard',
    priority: 100,
    render: (node, { api }) => {
      render(node, api);
      // The Ketua opens Cockpit for this view: its section comes first on the dashboard, not last
      // (once Cockpit has put the plugin's node into the page).
      let tries = 0;
      const moveUp = () => {
        const section = node.isConnected ? node.closest('section') : null;
        if (section && section.parentElement) {
          if (section.parentElement.firstElementChild !== section) {
            section.parentElement.prepend(section);
          }
        } else if (tries++ < 50) {
          setTimeout(moveUp, 100);
        }
      };
      moveUp();
    }
  },
  {
    id: 'puspaga.kepatuhan.processDefinition',
    pluginPoint: 'cockpit.processDefinition.runtime.tab',
    // After Cockpit's own tabs: the process instances stay what the page opens with.
    priority: -10,
    properties: { label: 'Kepatuhan SOP' },
    render: (node, { api }) => render(node, api)
  }
];
