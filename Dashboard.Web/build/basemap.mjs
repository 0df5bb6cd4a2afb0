// Builds wwwroot/basemap/countries.geojson: Natural Earth 1:50m countries (world-atlas) clipped to the region
// around Indonesia, so the map has a readable coastline with no tile server. Run by the build (Dashboard.Web.csproj).
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const topojson = require("topojson-client");
const project = join(dirname(fileURLToPath(import.meta.url)), "..");
const output = join(project, "wwwroot", "basemap", "countries.geojson");

// A little wider than the archipelago (about 95..141 E, -11..6 N) so panning never shows a cut edge too soon.
const box = { west: 88, south: -20, east: 156, north: 16 };
const indonesiaId = "360"; // ISO 3166-1 numeric
const decimals = 3; // about 100 m: finer than a pixel at the zooms the basemap is seen at

const atlas = JSON.parse(readFileSync(require.resolve("world-atlas/countries-50m.json"), "utf8"));
const countries = topojson.feature(atlas, atlas.objects.countries).features;

const features = countries
    .map(country => ({
        type: "Feature",
        id: country.id,
        properties: { name: country.properties.name, indonesia: country.id === indonesiaId },
        geometry: clipGeometry(country.geometry),
    }))
    .filter(f => f.geometry !== null);

mkdirSync(dirname(output), { recursive: true });
writeFileSync(output, JSON.stringify({ type: "FeatureCollection", features }));
console.log(`basemap: ${features.length} countries (${features.map(f => f.properties.name).join(", ")}) -> ${output}`);

function clipGeometry(geometry) {
    if (!geometry) return null;
    const polygons = geometry.type === "Polygon" ? [geometry.coordinates]
        : geometry.type === "MultiPolygon" ? geometry.coordinates : [];
    const clipped = polygons
        .map(rings => rings.map(clipRing).filter(ring => ring.length >= 4 && Math.abs(area(ring)) > 1e-6))
        .filter(rings => rings.length > 0);
    if (clipped.length === 0) return null;
    return clipped.length === 1
        ? { type: "Polygon", coordinates: clipped[0] }
        : { type: "MultiPolygon", coordinates: clipped };
}

// Sutherland–Hodgman against each side of the box; exact enough for fills, and rings stay closed.
function clipRing(ring) {
    let points = unwrap(ring);
    const edges = [
        [p => p[0] >= box.west, (a, b) => cross(a, b, 0, box.west)],
        [p => p[0] <= box.east, (a, b) => cross(a, b, 0, box.east)],
        [p => p[1] >= box.south, (a, b) => cross(a, b, 1, box.south)],
        [p => p[1] <= box.north, (a, b) => cross(a, b, 1, box.north)],
    ];
    for (const [inside, intersect] of edges) {
        if (points.length === 0) break;
        const result = [];
        for (let i = 0; i < points.length; i++) {
            const current = points[i];
            const previous = points[(i + points.length - 1) % points.length];
            if (inside(current)) {
                if (!inside(previous)) result.push(intersect(previous, current));
                result.push(current);
            } else if (inside(previous)) {
                result.push(intersect(previous, current));
            }
        }
        points = result;
    }
    return close(dedupe(points.map(round)));
}

// Shoelace area in square degrees: a ring clipped to nothing but the box's edge has none and is dropped.
function area(ring) {
    let sum = 0;
    for (let i = 1; i < ring.length; i++) sum += ring[i - 1][0] * ring[i][1] - ring[i][0] * ring[i - 1][1];
    return sum / 2;
}

// Rings that cross the antimeridian (Fiji, Russia) jump from 180 to -180; moved to 0..360 they stay east of the box.
function unwrap(ring) {
    const crosses = ring.some((p, i) => i > 0 && Math.abs(p[0] - ring[i - 1][0]) > 180);
    return crosses ? ring.map(([x, y]) => [x < 0 ? x + 360 : x, y]) : ring;
}

function cross(a, b, axis, value) {
    const t = (value - a[axis]) / (b[axis] - a[axis]);
    return axis === 0 ? [value, a[1] + t * (b[1] - a[1])] : [a[0] + t * (b[0] - a[0]), value];
}

function round(p) {
    const f = 10 ** decimals;
    return [Math.round(p[0] * f) / f, Math.round(p[1] * f) / f];
}

function dedupe(points) {
    return points.filter((p, i) => i === 0 || p[0] !== points[i - 1][0] || p[1] !== points[i - 1][1]);
}

function close(points) {
    if (points.length < 3) return [];
    const [first, last] = [points[0], points[points.length - 1]];
    return first[0] === last[0] && first[1] === last[1] ? points : [...points, first];
}
