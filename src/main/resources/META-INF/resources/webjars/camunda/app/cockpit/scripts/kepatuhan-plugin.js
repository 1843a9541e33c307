/*
 * PUSPAGA Cockpit plugin "Kepatuhan SOP": the Ketua's view of how each SOP step does against its
 * limit, per lane and per officer, for a chosen period, from /api/compliance (readable by the
 * Ketua and administrators only). Every figure opens the list of requests behind it, each linked
 * to its Cockpit page (running) or its archive record (ended). Its parts are in kepatuhan/: the
 * API and dates (data.js), elements (dom.js), tables (tables.js), the chart (chart.js), the
 * monthly reports (reports.js) and the view (view.js). Cockpit imports this file as an ES module,
 * which imports those.
 */
import { render } from './kepatuhan/view.js';

export default [
  {
    // Cockpit puts dashboard plugins in a section of their own at the end of the page; the Ketua
    // opens Cockpit for this view, so user-styles.css shows that section first.
    id: 'puspaga.kepatuhan.dashboard',
    pluginPoint: 'cockpit.dashboard',
    priority: 100,
    render: (node, { api }) => render(node, api)
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
