// Kepatuhan SOP: the chart, plain SVG drawn here: no charting library to download or keep up to
// date, nothing fetched from the internet.
import { STATUS_CLASS, svg } from './dom.js';

export function chart(steps) {
  const rows = steps.filter((step) => step.limitAmount !== null);
  const longest = Math.max(1, ...rows.map((step) => Math.max(step.p90 || 0, step.limitAmount)));
  const width = 640;
  const left = 230;
  const scale = (width - left - 70) / longest;
  const rowHeight = 28;
  const height = rows.length * rowHeight + 40;
  const canvas = svg('svg', {
    viewBox: '0 0 ' + width + ' ' + height, width: '100%', role: 'img', class: 'kepatuhan-grafik',
    'aria-label': 'Waktu penyelesaian tiap langkah (median dan persentil ke-90) dibanding batas SOP'
  });
  rows.forEach((step, index) => {
    const y = 10 + index * rowHeight;
    canvas.append(svg('text', { x: left - 8, y: y + 15, 'text-anchor': 'end', class: 'nama-langkah' },
      step.step + '. ' + (step.name.length > 30 ? step.name.slice(0, 29) + '…' : step.name)));
    if (step.p90 !== null) {
      canvas.append(svg('rect', { x: left, y: y + 3, width: step.p90 * scale, height: 16, class: 'p90 ' + STATUS_CLASS[step.status] }));
      canvas.append(svg('rect', { x: left, y: y + 7, width: step.median * scale, height: 8, class: 'median' }));
      canvas.append(svg('text', { x: left + Math.max(step.p90, step.limitAmount) * scale + 6, y: y + 15, class: 'nilai' },
        step.median + ' / ' + step.p90));
    }
    const limitX = left + step.limitAmount * scale;
    if (step.p90 === null) {
      canvas.append(svg('text', { x: limitX + 6, y: y + 15, class: 'nilai kosong' }, step.statusText));
    }
    canvas.append(svg('line', { x1: limitX, x2: limitX, y1: y, y2: y + 22, class: 'batas' }));
  });
  const legendY = height - 10;
  canvas.append(svg('rect', { x: left, y: legendY - 10, width: 12, height: 8, class: 'median' }));
  canvas.append(svg('text', { x: left + 16, y: legendY - 2, class: 'legenda' }, 'median'));
  canvas.append(svg('rect', { x: left + 80, y: legendY - 12, width: 12, height: 12, class: 'p90 kepatuhan-kosong' }));
  canvas.append(svg('text', { x: left + 96, y: legendY - 2, class: 'legenda' }, 'persentil ke-90'));
  canvas.append(svg('line', { x1: left + 210, x2: left + 210, y1: legendY - 13, y2: legendY + 1, class: 'batas' }));
  canvas.append(svg('text', { x: left + 216, y: legendY - 2, class: 'legenda' }, 'batas SOP (hari kerja / hari)'));
  return canvas;
}
