// Kepatuhan SOP: building the page's elements, and the colour of each status (its words come
// with each step from /api/compliance).

export const STATUS_CLASS = {
  GREEN: 'kepatuhan-hijau',
  AMBER: 'kepatuhan-kuning',
  RED: 'kepatuhan-merah',
  NONE: 'kepatuhan-kosong'
};

const SVG = 'http://www.w3.org/2000/svg';

export function element(tag, attributes, ...children) {
  const node = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([name, value]) => {
    if (name === 'onclick') {
      node.addEventListener('click', value);
    } else if (value !== undefined && value !== null) {
      node.setAttribute(name, value);
    }
  });
  children.flat().forEach((child) => node.append(child instanceof Node ? child : document.createTextNode(String(child))));
  return node;
}

export function svg(tag, attributes, text) {
  const node = document.createElementNS(SVG, tag);
  Object.entries(attributes).forEach(([name, value]) => node.setAttribute(name, value));
  if (text !== undefined) {
    node.textContent = text;
  }
  return node;
}
