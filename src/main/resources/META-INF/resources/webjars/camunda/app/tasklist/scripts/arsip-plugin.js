/*
 * PUSPAGA Tasklist plugin: an "Arsip" link in the header, for Admin and the Ketua, to the page
 * that lists archived requests with their Tanda Terima and documents (/arsip/). It is shown to
 * those the archive answers; others never see it.
 */
export default {
  id: 'puspaga-arsip',
  pluginPoint: 'tasklist.navbar.action',
  priority: 100,
  render: (node) => {
    fetch('/api/archive?registrationNumber=-', { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then((response) => {
        // Says that the question was answered, either way (the browser tests wait for it).
        node.setAttribute('data-puspaga-arsip', response.ok ? 'tampil' : 'tidak');
        if (!response.ok) {
          return;
        }
        const link = document.createElement('a');
        link.href = '/arsip/';
        link.target = '_blank';
        link.className = 'puspaga-arsip';
        link.textContent = 'Arsip';
        link.title = 'Permohonan yang sudah diarsipkan beserta dokumennya';
        node.appendChild(link);
      })
      .catch(() => node.setAttribute('data-puspaga-arsip', 'galat'));
  }
};
