import { toHtml } from 'hast-util-to-html';
import { s } from 'hastscript';
import { trusted, type Markup } from './markup.js';

/** A bar of a chart: its label, its value between 0 and 1 (or null: nothing to count) and the text written at its end. */
export interface Bar {
  label: string;
  value: number | null;
  text: string;
}

const ROW = 30;
const LABEL = 180;
const WIDTH = 640;
const BAR = WIDTH - LABEL - 140;

/**
 * A horizontal bar chart as SVG, made at build time: readable without
 * JavaScript, scaled by its viewBox, its text in the page's font. It is an
 * image to assistive technology (`role="img"` with its title): the table
 * beside it carries the figures for screen readers.
 */
export function barChart(id: string, title: string, bars: readonly Bar[]): Markup {
  const height = bars.length * ROW + 10;
  // SVG through hastscript and hast-util-to-html: SVG's own attribute names (viewBox) and closing rules; a few charts a site.
  const chart = s('svg.etat-chart', { viewBox: `0 0 ${WIDTH} ${height}`, role: 'img', ariaLabelledby: `${id}-title`, width: '100%', preserveAspectRatio: 'xMinYMin meet' }, [
    s('title', { id: `${id}-title` }, title),
    ...bars.flatMap((bar, i) => {
      const y = i * ROW + 5;
      const length = bar.value === null ? 0 : Math.max(2, Math.round(bar.value * BAR));
      return [
        s('text', { x: LABEL - 8, y: y + 19, textAnchor: 'end', className: ['etat-chart-label'] }, bar.label.length > 26 ? `${bar.label.slice(0, 25)}…` : bar.label),
        s('rect', { x: LABEL, y: y + 4, width: BAR, height: 20, className: ['etat-chart-track'] }),
        s('rect', { x: LABEL, y: y + 4, width: length, height: 20, className: ['etat-chart-bar'] }),
        s('text', { x: LABEL + BAR + 8, y: y + 19, className: ['etat-chart-value'] }, bar.text),
      ];
    }),
  ]);
  return trusted(toHtml(chart));
}
