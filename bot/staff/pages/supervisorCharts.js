// One Chart.js instance per canvas: a refresh destroys the old chart first, or Chart.js would draw over it.
// Chart.js is a classic script loaded before the page's modules, so it is read from window.Chart.
export const BRAND = '#0f4c5c';
export const PALETTE = [
  '#0f4c5c',
  '#2a9d8f',
  '#e9c46a',
  '#f4a261',
  '#e76f51',
  '#7fd1ae',
  '#6d597a',
  '#b56576',
  '#457b9d',
  '#a8dadc',
  '#8d99ae',
  '#bc6c25',
  '#606c38',
];

const charts = new Map();

/** Draws `config` on `canvas` (an element or an element id), replacing what was drawn there. */
export function chart(canvas, config) {
  const element = typeof canvas === 'string' ? document.getElementById(canvas) : canvas;
  charts.get(element.id)?.destroy();
  charts.set(element.id, new window.Chart(element, config));
}
