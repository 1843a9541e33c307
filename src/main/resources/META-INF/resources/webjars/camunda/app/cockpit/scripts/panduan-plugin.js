/*
 * PUSPAGA Cockpit plugin: "Panduan" in Cockpit's menu bar, to the buku panduan (/panduan/), which
 * opens the guide of the signed-in person's role.
 */
export default {
  id: 'puspaga-panduan',
  pluginPoint: 'cockpit.navigation',
  priority: 0,
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
