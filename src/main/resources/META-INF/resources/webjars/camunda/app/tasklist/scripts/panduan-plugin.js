/*
 * PUSPAGA Tasklist plugin: a "Panduan" link in the header to the buku panduan (/panduan/), which
 * opens the guide of the signed-in person's lane.
 */
export default {
  id: 'puspaga-panduan',
  pluginPoint: 'tasklist.navbar.action',
  priority: 90,
  render: (node) => {
    const link = document.createElement('a');
    link.href = '/panduan/';
    link.target = '_blank';
    link.className = 'puspaga-panduan';
    link.textContent = 'Panduan';
    link.title = 'Buku panduan untuk tugas Anda';
    node.appendChild(link);
  }
};
