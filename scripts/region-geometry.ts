/**
 * Writes src/lib/map/regions.geo.json, the outlines of the 18 French regions
 * drawn by the map (src/lib/map/), from the amCharts 5 geodata package
 * (linkware licence: its LICENSE is kept beside the file, the map credits amCharts).
 *
 * The package weighs 350 MB, so it is not a dependency: unpack it once and pass its folder.
 *   npm pack @amcharts/amcharts5-geodata@5.1.6 && tar xzf amcharts-amcharts5-geodata-5.1.6.tgz
 *   npm run map:geometry -- package
 *
 * Metropolitan regions come from franceLow.json (the 13 regions, 2016 boundaries);
 * the five overseas regions from worldUltra.json, where each is a feature of its own.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';

/** amCharts id → INSEE region code (code officiel géographique), the key of content/taxonomies/regions.yaml. */
const INSEE_CODES: Record<string, string> = {
  'FR-IDF': '11', 'FR-CVL': '24', 'FR-BFC': '27', 'FR-NOR': '28', 'FR-HDF': '32', 'FR-GES': '44', 'FR-PDL': '52',
  'FR-BRE': '53', 'FR-NAQ': '75', 'FR-OCC': '76', 'FR-ARA': '84', 'FR-PAC': '93', 'FR-COR': '94',
  GP: '01', MQ: '02', GF: '03', RE: '04', YT: '06',
};

/** About 100 m: finer than any map of the site can show. */
const round = (value: number) => Math.round(value * 1000) / 1000;
const roundPositions = (positions: unknown): unknown =>
  typeof (positions as Position)[0] === 'number' ? (positions as Position).map(round) : (positions as unknown[]).map(roundPositions);

const folder = process.argv[2];
if (!folder) {
  console.error('usage: npm run map:geometry -- <folder of the unpacked @amcharts/amcharts5-geodata package>');
  process.exit(1);
}
const read = (name: string) => JSON.parse(readFileSync(join(folder, 'json', `${name}.json`), 'utf8')) as FeatureCollection;
const { version } = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as { version: string };

const features: Feature<Geometry, { inseeCode: string; name: string }>[] = [...read('franceLow').features, ...read('worldUltra').features]
  .filter((feature) => String(feature.id) in INSEE_CODES)
  .map((feature) => ({
    type: 'Feature',
    properties: { inseeCode: INSEE_CODES[String(feature.id)]!, name: String(feature.properties?.name) },
    geometry: { ...feature.geometry, coordinates: roundPositions((feature.geometry as { coordinates: unknown }).coordinates) } as Geometry,
  }));
features.sort((a, b) => a.properties.inseeCode.localeCompare(b.properties.inseeCode));

const missing = Object.values(INSEE_CODES).filter((code) => !features.some((feature) => feature.properties.inseeCode === code));
if (missing.length > 0) throw new Error(`regions missing from the geodata: ${missing.join(', ')}`);

const collection = { type: 'FeatureCollection', source: `@amcharts/amcharts5-geodata ${version} (franceLow, worldUltra)`, features };
writeFileSync('src/lib/map/regions.geo.json', `${JSON.stringify(collection)}\n`);
console.log(`src/lib/map/regions.geo.json: ${features.length} regions from @amcharts/amcharts5-geodata ${version}`);
