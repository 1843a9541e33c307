/*
 * PUSPAGA Tasklist plugin: a "Dokumen" tab on every task that lists the SOP documents generated
 * for its request (file variables named dokumen...), so the next actor opens the Lembar
 * Disposisi, Formulir, Surat Tugas, ... from the task being worked on. It reads them through the
 * task, so it shows only what the user may already read. The titles come with the request's
 * list of generated documents (the server's DocumentType), not from a copy here.
 */
function parsed(variable) {
  if (!variable || variable.value == null) {
    return null;
  }
  try {
    return typeof variable.value === 'string' ? JSON.parse(variable.value) : variable.value;
  } catch (e) {
    return null;
  }
}

/**
 * What tells two documents of one kind apart, from the instance's list of generated documents:
 * the round of a work program form and what became of it, the activity of an activity report,
 * the date and the number of each.
 */
function describe(entry, entries, variables) {
  const sameType = entries.filter((e) => e.type === entry.type);
  const parts = [];
  let status = null;
  if (entry.type === 'FORMULIR_PROGRAM_KERJA') {
    parts.push('putaran ' + entry.round);
    const latest = sameType[sameType.length - 1] === entry;
    const approved = variables.workProgramApproved && variables.workProgramApproved.value === true;
    if (!latest) {
      status = { text: 'dikembalikan untuk direvisi', kind: 'default' };
    } else if (approved) {
      status = { text: 'disetujui', kind: 'success' };
    } else {
      status = { text: 'menunggu tinjauan Ketua', kind: 'info' };
    }
  } else if (entry.type === 'LAPORAN_KEGIATAN') {
    parts.push('kegiatan ' + entry.round + (entry.activityTitle ? ': ' + entry.activityTitle : ''));
  } else if (sameType.length > 1) {
    parts.push('ke-' + entry.round);
  }
  if (entry.dateText) {
    parts.push(entry.dateText);
  }
  parts.push('No. ' + entry.number);
  return { text: parts.join(' · '), status };
}

function item(href, label, detail, status) {
  const element = document.createElement('li');
  const link = document.createElement('a');
  link.href = href;
  link.target = '_blank';
  link.textContent = label;
  element.appendChild(link);
  const text = document.createElement('span');
  text.className = 'dokumen-keterangan text-muted';
  text.textContent = ' ' + detail;
  element.appendChild(text);
  if (status) {
    const badge = document.createElement('span');
    badge.className = 'dokumen-status label label-' + status.kind;
    badge.textContent = status.text;
    element.appendChild(document.createTextNode(' '));
    element.appendChild(badge);
  }
  return element;
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
          .filter((name) => name.startsWith('dokumen') && variables[name].type === 'File');
        if (!files.length) {
          node.textContent = 'Belum ada dokumen untuk permohonan ini.';
          return;
        }
        const href = (name) => `${api.engineApi}/task/${taskId}/variables/${name}/data`;
        const list = document.createElement('ul');
        list.className = 'puspaga-dokumen';
        // In the order they were made; a file the list does not know (an older instance) comes last.
        const entries = (parsed(variables.documents) || []).filter((e) => files.includes(e.variable));
        entries.forEach((entry) => {
          const about = describe(entry, entries, variables);
          list.appendChild(item(href(entry.variable), entry.title || entry.variable, about.text, about.status));
        });
        files
          .filter((name) => !entries.some((e) => e.variable === name))
          .sort()
          .forEach((name) => list.appendChild(item(href(name), variables[name].valueInfo.filename || name, '', null)));
        node.replaceChildren(list);
      })
      .catch(() => {
        node.textContent = 'Dokumen tidak dapat dimuat; muat ulang halaman.';
      });
  }
};
