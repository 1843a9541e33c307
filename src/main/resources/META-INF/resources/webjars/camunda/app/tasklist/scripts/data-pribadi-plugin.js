/*
 * PUSPAGA Tasklist plugin: a "Data pribadi" link in the header, for the data protection officer
 * and the Ketua, to the page with the access log, the rights requests and the incidents
 * (/data-pribadi/). It is shown to those the rights list answers; others never see it.
 */
export default {
  id: 'puspaga-data-pribadi',
  pluginPoint: 'tasklist.navbar.action',
  priority: 90,
  render: (node) => {
    fetch('/api/privacy/rights', { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then((response) => {
        node.setAttribute('data-puspaga-data-pribadi', response.ok ? 'tampil' : 'tidak');
        if (!response.ok) {
          return;
        }
        const link = document.createElement('a');
        link.href = '/data-pribadi/';
        link.target = '_blank';
        link.className = 'puspaga-data-pribadi';
        link.textContent = 'Data pribadi';
        link.title = 'Catatan akses, permintaan hak dan insiden data pribadi';
        node.appendChild(link);
      })
      .catch(() => node.setAttribute('data-puspaga-data-pribadi', 'galat'));
  }
};
