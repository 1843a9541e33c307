// Arsip PUSPAGA: the receipts of archived requests and their documents, read from /api/archive
// with the browser's Tasklist login (Admin and Ketua only; the server decides).
(function () {
  var message = document.getElementById('pesan');
  var list = document.getElementById('daftar');

  function element(tag, text, className) {
    var node = document.createElement(tag);
    if (text) { node.textContent = text; }
    if (className) { node.className = className; }
    return node;
  }

  function show(receipts) {
    list.replaceChildren();
    if (!receipts.length) {
      message.textContent = 'Tidak ada tanda terima untuk pencarian ini.';
      return;
    }
    message.textContent = receipts.length + ' tanda terima.';
    receipts.forEach(function (receipt) {
      var card = element('section', null, 'tanda-terima');
      card.appendChild(element('h2', 'Nomor registrasi ' + receipt.businessKey));
      // Titles and the office's time come from the server, which names the SOP's papers once.
      card.appendChild(element('div', receipt.receiptTitle + ' ' + receipt.receiptNumber + ' · diarsipkan '
        + receipt.issuedAtText + ' oleh ' + receipt.issuedBy, 'rincian'));
      var documents = element('ul');
      // In the order the SOP produces them, as the server lists them.
      receipt.documents.forEach(function (doc) {
        var item = element('li');
        var link = element('a', doc.title + ' ' + doc.number);
        link.href = '/api/archive/documents/' + encodeURIComponent(doc.id);
        link.className = 'dokumen dokumen-' + doc.type.toLowerCase().replace(/_/g, '-');
        link.target = '_blank';
        item.appendChild(link);
        item.appendChild(document.createTextNode(' (PDF, ' + Math.max(1, Math.round(doc.size / 1024)) + ' KB)'));
        documents.appendChild(item);
      });
      card.appendChild(documents);
      list.appendChild(card);
    });
  }

  function load(number) {
    message.className = '';
    message.textContent = 'Memuat arsip...';
    var url = '/api/archive' + (number ? '?registrationNumber=' + encodeURIComponent(number) : '');
    fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (response) {
        if (response.status === 401) {
          throw new Error('Silakan masuk ke Tasklist terlebih dahulu, lalu buka halaman ini lagi.');
        }
        if (response.status === 403) {
          throw new Error('Arsip hanya dapat dibaca oleh Admin (Dokumentasi dan Pencatatan) dan Ketua PUSPAGA.');
        }
        if (!response.ok) {
          throw new Error('Arsip tidak dapat dimuat (HTTP ' + response.status + '). Coba lagi.');
        }
        return response.json();
      })
      .then(show)
      .catch(function (error) {
        list.replaceChildren();
        message.className = 'galat';
        message.textContent = error.message;
      });
  }

  document.getElementById('cari').addEventListener('submit', function (event) {
    event.preventDefault();
    load(document.getElementById('nomor').value.trim());
  });
  document.getElementById('semua').addEventListener('click', function () {
    document.getElementById('nomor').value = '';
    load('');
  });
  // The slip opens as a PDF in a new tab; a request that has not ended gets the server's reason here.
  document.getElementById('slip').addEventListener('submit', function (event) {
    event.preventDefault();
    var number = document.getElementById('nomor-slip').value.trim();
    var note = document.getElementById('pesan-slip');
    if (!number) {
      note.textContent = 'Tulis nomor registrasi permohonan yang sudah selesai.';
      return;
    }
    var url = '/api/survei/slip/' + encodeURIComponent(number);
    fetch(url, { credentials: 'same-origin' }).then(function (response) {
      if (response.ok) {
        note.textContent = 'Slip survei untuk ' + number + ' dibuka di tab baru.';
        window.open(url, '_blank');
        return null;
      }
      return response.json().then(function (body) { note.textContent = body.message; });
    }).catch(function () {
      note.textContent = 'Slip survei tidak dapat dibuat. Coba lagi.';
    });
  });
  var initial = new URLSearchParams(window.location.search).get('nomor');
  if (initial) { document.getElementById('nomor').value = initial; }
  load(initial || '');
})();
