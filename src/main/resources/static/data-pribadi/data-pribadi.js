// The data protection officer's page: the access log, the rights requests and the incidents, read from
// /api/privacy/* with the browser's Tasklist login. Every word about a request comes from the server.
(function () {
  function cell(row, text) {
    var td = document.createElement('td');
    td.textContent = text === undefined || text === null ? '' : String(text);
    row.appendChild(td);
    return td;
  }

  function links(row, papers) {
    var td = cell(row, '');
    papers.forEach(function (paper) {
      var a = document.createElement('a');
      a.href = paper.href;
      a.target = '_blank';
      a.textContent = paper.title;
      td.appendChild(a);
    });
  }

  function read(url, note) {
    note.className = '';
    note.textContent = 'Memuat...';
    return fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } }).then(function (response) {
      if (response.status === 401) {
        throw new Error('Silakan masuk ke Tasklist terlebih dahulu, lalu buka halaman ini lagi.');
      }
      return response.json().then(function (body) {
        if (!response.ok) {
          throw new Error(body.message || ('HTTP ' + response.status));
        }
        return body;
      });
    });
  }

  function fill(tableId, note, rows, empty, draw) {
    var table = document.getElementById(tableId);
    var body = table.querySelector('tbody');
    body.replaceChildren();
    table.hidden = rows.length === 0;
    note.textContent = rows.length === 0 ? empty : rows.length + ' baris.';
    rows.forEach(function (item) {
      var row = document.createElement('tr');
      draw(row, item);
      body.appendChild(row);
    });
  }

  function failed(note, tableId) {
    return function (error) {
      document.getElementById(tableId).hidden = true;
      note.className = 'galat';
      note.textContent = error.message;
    };
  }

  var accessNote = document.getElementById('pesan-akses');
  document.getElementById('cari-akses').addEventListener('submit', function (event) {
    event.preventDefault();
    var number = document.getElementById('nomor').value.trim();
    var user = document.getElementById('petugas').value.trim();
    var query = number ? 'registrationNumber=' + encodeURIComponent(number) : 'user=' + encodeURIComponent(user);
    read('/api/privacy/access-log?' + query, accessNote).then(function (entries) {
      fill('tabel-akses', accessNote, entries, 'Belum ada yang membaca.', function (row, entry) {
        cell(row, entry.readAtText);
        cell(row, entry.user);
        cell(row, entry.registrationNumber);
        cell(row, entry.whatText);
      });
    }).catch(failed(accessNote, 'tabel-akses'));
  });

  var rightsNote = document.getElementById('pesan-hak');
  read('/api/privacy/rights', rightsNote).then(function (requests) {
    fill('tabel-hak', rightsNote, requests, 'Belum ada permintaan.', function (row, request) {
      if (request.breached) { row.className = 'lewat'; }
      cell(row, request.registrationNumber);
      cell(row, request.kindText);
      cell(row, request.channelText);
      cell(row, request.requestedAtText);
      cell(row, request.dueAtText);
      cell(row, request.stateText);
      links(row, request.documents);
    });
  }).catch(failed(rightsNote, 'tabel-hak'));

  var incidentNote = document.getElementById('pesan-insiden');
  read('/api/privacy/incidents', incidentNote).then(function (incidents) {
    fill('tabel-insiden', incidentNote, incidents, 'Belum ada insiden.', function (row, incident) {
      if (incident.breached) { row.className = 'lewat'; }
      cell(row, incident.reportedAtText);
      cell(row, incident.reportedBy);
      cell(row, incident.affectedCount);
      cell(row, incident.dueAtText);
      cell(row, incident.stateText);
      links(row, incident.letters);
    });
  }).catch(failed(incidentNote, 'tabel-insiden'));
})();
