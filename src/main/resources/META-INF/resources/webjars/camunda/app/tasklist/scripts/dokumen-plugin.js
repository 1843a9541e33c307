/*
 * PUSPAGA Tasklist plugin: a "Dokumen" tab on every task that lists the SOP documents generated
 * for its request (file variables named dokumen...), so the next actor opens the Lembar
 * Disposisi, Formulir, Surat Tugas, ... from the task being worked on. It reads them through the
 * task, so it shows only what the user may already read.
 */
const TITLES = {
  dokumenLembarDisposisi: 'Lembar Disposisi',
  dokumenFormulirProgramKerja: 'Formulir Pengajuan Program Kerja',
  dokumenSuratTugas: 'Surat Tugas',
  dokumenLaporanKegiatan: 'Laporan Kegiatan',
  dokumenLaporanProgram: 'Laporan Pelaksanaan Program Kerja',
  dokumenSuratPemberianLaporan: 'Surat Pemberian Laporan',
  dokumenTandaTerima: 'Tanda Terima'
};

function title(name) {
  const base = name.replace(/\d+$/, '');
  const round = name.slice(base.length);
  return (TITLES[base] || name) + (round ? ' (' + round + ')' : '');
}

export default {
  id: 'puspaga-dokumen',
  pluginPoint: 'tasklist.task.detail',
  priority: 5,
  properties: { label: 'Dokumen' },
  render: (node, { api, taskId }) => {
    node.textContent = 'Memuat dokumen...';
    fetch(`${api.engineApi}/task/${taskId}/variables?deserializeValues=false`, {
      credentials: 'same-origin',
      headers: { Accept: 'application/json', 'X-XSRF-TOKEN': api.CSRFToken }
    })
      .then((response) => (response.ok ? response.json() : Promise.reject(response.status)))
      .then((variables) => {
        const files = Object.keys(variables)
          .filter((name) => name.startsWith('dokumen') && variables[name].type === 'File')
          .sort();
        if (!files.length) {
          node.textContent = 'Belum ada dokumen untuk permohonan ini.';
          return;
        }
        const list = document.createElement('ul');
        list.className = 'puspaga-dokumen';
        files.forEach((name) => {
          const item = document.createElement('li');
          const link = document.createElement('a');
          link.href = `${api.engineApi}/task/${taskId}/variables/${name}/data`;
          link.target = '_blank';
          link.textContent = title(name);
          item.appendChild(link);
          item.appendChild(document.createTextNode(' - ' + (variables[name].valueInfo.filename || '')));
          list.appendChild(item);
        });
        node.replaceChildren(list);
      })
      .catch(() => {
        node.textContent = 'Dokumen tidak dapat dimuat; muat ulang halaman.';
      });
  }
};
