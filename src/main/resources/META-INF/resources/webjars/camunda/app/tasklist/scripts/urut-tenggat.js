/*
 * PUSPAGA Tasklist plugin: the task list sorted by due date, nearest SOP deadline first, as every
 * saved filter says ("urut tenggat"). Tasklist sorts by the order in its address (sorting=...),
 * by creation date when there is none; so when the address has none, the due date is put there.
 * A person who picks another order keeps it: the address then has one.
 */
const BY_DUE_DATE = encodeURIComponent(JSON.stringify([{ sortBy: 'dueDate', sortOrder: 'asc' }]));

function sortByDueDateUnlessChosen() {
  const hash = window.location.hash || '#/';
  if (!hash.startsWith('#/') || /[?&]sorting=/.test(hash)) {
    return;
  }
  const next = hash + (hash.includes('?') ? '&' : '?') + 'sorting=' + BY_DUE_DATE;
  window.location.replace(window.location.pathname + window.location.search + next);
}

sortByDueDateUnlessChosen();
window.addEventListener('hashchange', sortByDueDateUnlessChosen);

export default {
  id: 'puspaga-urut-tenggat',
  pluginPoint: 'tasklist.navbar.action',
  priority: 0,
  render: () => sortByDueDateUnlessChosen()
};
