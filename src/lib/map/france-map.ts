/**
 * The map of France by region, projected at build time with d3-geo: the
 * metropolitan regions in a conformal conic projection (the one French
 * official maps use), each overseas region in an inset of its own scale along
 * the bottom. The outlines come from src/lib/map/regions.geo.json (amCharts
 * geodata, see LICENSE-amcharts.md and scripts/region-geometry.ts), keyed by
 * INSEE code, which joins them to content/taxonomies/regions.yaml.
 */
import { geoConicConformal, geoMercator, geoPath, type GeoPermissibleObjects, type GeoProjection } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import geometry from './regions.geo.json' with { type: 'json' };

type RegionFeature = Feature<Geometry, { inseeCode: string; name: string }>;

/** One region as drawn: its outline, where to write its figure, and the inset frame of an overseas region. */
export interface RegionShape {
  inseeCode: string;
  path: string;
  /** Where its number goes: the centroid of the outline, or under the inset. */
  labelAt: [number, number];
  /** Where an inset writes its region's name, above the outline (metropolitan regions are not named: the table and the links name them). */
  nameAt?: [number, number];
  inset?: { x: number; y: number; width: number; height: number };
}

export interface FranceMap {
  width: number;
  height: number;
  regions: RegionShape[];
}

const regions = (geometry as unknown as FeatureCollection<Geometry, { inseeCode: string; name: string }>).features as RegionFeature[];

/** Overseas regions, west to east, as they sit in the row of insets. */
const OVERSEAS_ORDER = ['01', '02', '03', '04', '06'];

const round = (point: [number, number]): [number, number] => [Math.round(point[0] * 10) / 10, Math.round(point[1] * 10) / 10];

/** Maps already laid out, by size and precision: every case page shows the same small map. */
const laidOut = new Map<string, FranceMap>();

/**
 * Lays the map out in a box `width` wide: metropolitan France on top, the five
 * overseas insets in a row below. `digits` is the precision of the paths (a
 * small map needs none after the point). The layout is computed once per size
 * (projecting the regions took a tenth of the rendering of a case page) and
 * shared: callers read it, never change it.
 */
export function franceMap(width = 600, digits = 1): Readonly<FranceMap> {
  const key = `${width}/${digits}`;
  let map = laidOut.get(key);
  if (!map) laidOut.set(key, (map = layOut(width, digits)));
  return map;
}

function layOut(width: number, digits: number): FranceMap {
  const gap = width / 60;
  const insetSize = (width - gap * (OVERSEAS_ORDER.length - 1)) / OVERSEAS_ORDER.length;
  const mainHeight = width * 0.93;
  const metropolitan = regions.filter((region) => !OVERSEAS_ORDER.includes(region.properties.inseeCode));
  const main = geoConicConformal().parallels([44, 49]).rotate([-3, 0]).fitExtent([[gap, gap], [width - gap, mainHeight - gap]], { type: 'FeatureCollection', features: metropolitan } as GeoPermissibleObjects);

  const shape = (region: RegionFeature, projection: GeoProjection, inset?: RegionShape['inset']): RegionShape => {
    const path = geoPath(projection).digits(digits);
    const labelAt = inset ? ([inset.x + inset.width / 2, inset.y + inset.height - gap / 2] as [number, number]) : path.centroid(region);
    return { inseeCode: region.properties.inseeCode, path: path(region) ?? '', labelAt: round(labelAt), ...(inset ? { inset } : {}) };
  };

  const top = mainHeight + gap;
  const shapes = [
    ...metropolitan.map((region) => shape(region, main)),
    ...OVERSEAS_ORDER.map((code, index) => {
      const region = regions.find((item) => item.properties.inseeCode === code);
      if (!region) throw new Error(`regions.geo.json has no overseas region ${code}`);
      const inset = { x: Math.round(index * (insetSize + gap) * 10) / 10, y: Math.round(top * 10) / 10, width: Math.round(insetSize * 10) / 10, height: Math.round(insetSize * 10) / 10 };
      // Room above the island for its name, under it for its figure.
      const pad = insetSize / 10;
      const projection = geoMercator().fitExtent([[inset.x + pad, inset.y + pad * 2.2], [inset.x + inset.width - pad, inset.y + inset.height - pad * 3]], region);
      return { ...shape(region, projection, inset), nameAt: round([inset.x + inset.width / 2, inset.y + pad * 1.3]) };
    }),
  ];
  return { width, height: Math.ceil(top + insetSize + 1), regions: shapes };
}

/** INSEE codes of every region the geometry draws. */
export const mappedRegionCodes = regions.map((region) => region.properties.inseeCode);
