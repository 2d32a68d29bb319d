/**
 * The scales of the build-time charts (d3-scale), in percent of the chart's
 * width: the SVG draws with x="42%" and needs no viewBox, so its text keeps
 * its size and the chart reflows from 320 px to a wide screen.
 */
import { scaleBand, scaleLinear, scaleQuantize } from 'd3-scale';

/** A graduation of an axis: its value and where it sits, in percent. */
export interface Tick {
  value: number;
  at: number;
}

/** A linear scale of counts from 0, rounded to a nice maximum, with whole-number ticks only. */
export function countScale(max: number, tickCount = 5) {
  const scale = scaleLinear().domain([0, Math.max(1, max)]).range([0, 100]).nice(tickCount);
  const ticks: Tick[] = scale
    .ticks(tickCount)
    .filter(Number.isInteger)
    .map((value) => ({ value, at: scale(value) }));
  return { at: (value: number) => scale(value), ticks };
}

/** A scale of shares (0 to 1) up to the next quarter above the largest, graduated every 25 %. */
export function shareScale(max: number) {
  const top = Math.min(1, Math.max(0.25, Math.ceil(max * 4) / 4));
  const scale = scaleLinear().domain([0, top]).range([0, 100]);
  const ticks = Array.from({ length: Math.round(top * 4) + 1 }, (_, index) => index / 4);
  return { at: (share: number) => scale(share), ticks: ticks.map((value) => ({ value, at: scale(value) })) };
}

/** How a tick label sits on its mark: flush with the edge at both ends of the axis, so none is cut. */
export const tickAnchor = (at: number) => (at < 3 ? 'start' : at > 97 ? 'end' : 'middle');

/** One band per year; a label every year when there are few, every five or ten years when a phone could not fit them. */
export function yearScale(years: readonly number[]) {
  const scale = scaleBand<number>().domain(years).range([0, 100]).paddingInner(0.2);
  const step = years.length <= 12 ? 1 : years.length <= 30 ? 5 : 10;
  const ticks: Tick[] = years
    .filter((year) => year % step === 0)
    .map((year) => ({ value: year, at: (scale(year) ?? 0) + scale.bandwidth() / 2 }));
  return { x: (year: number) => scale(year) ?? 0, width: scale.bandwidth(), ticks };
}

/** The shades of a map: none for zero, then up to five classes of equal width from 1 to the maximum. */
export const SHADE_COUNT = 5;

export function shadeScale(max: number) {
  const classes = Math.max(1, Math.min(SHADE_COUNT, max));
  const top = Math.max(1, max) + 1;
  const scale = scaleQuantize<number>().domain([1, top]).range(Array.from({ length: classes }, (_, index) => index + 1));
  /** Each shade and the whole numbers it stands for (d3 leaves the upper end undefined when there is one shade). */
  const legend = scale.range().map((shade) => {
    const [from, to = top] = scale.invertExtent(shade);
    return { shade, from: Math.ceil(from), to: Math.ceil(to) - 1 };
  }).filter((entry) => entry.to >= entry.from);
  return { shadeOf: (value: number) => (value <= 0 ? 0 : scale(value)), legend };
}

/** A percentage as an SVG length. */
export const pct = (value: number) => `${Math.round(value * 100) / 100}%`;
