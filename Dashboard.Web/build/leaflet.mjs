// Copies Leaflet's distribution (ES module, minified here; stylesheet, images) into wwwroot/lib/leaflet, where App.razor and
// LeafletMap.razor.js load it. Run by the build (Dashboard.Web.csproj); the output folder is not committed.
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { minify } from "terser";

const require = createRequire(import.meta.url);
const dist = dirname(require.resolve("leaflet/dist/leaflet.css"));
const target = join(dirname(fileURLToPath(import.meta.url)), "..", "wwwroot", "lib", "leaflet");

rmSync(target, { recursive: true, force: true });
mkdirSync(target, { recursive: true });
// The source map is not shipped, so its reference is dropped rather than left to 404 in the browser's tools.
const esm = readFileSync(join(dist, "leaflet-src.esm.js"), "utf8").replace(/\n\/\/# sourceMappingURL=.*\s*$/, "\n");
// Leaflet ships its ES module unminified (about 420 KB); minified it is a third of that before compression.
const minified = await minify(esm, { module: true, compress: true, mangle: true, format: { comments: /@license|^!/ } });
writeFileSync(join(target, "leaflet.esm.js"), minified.code);
cpSync(join(dist, "leaflet.css"), join(target, "leaflet.css"));
cpSync(join(dist, "images"), join(target, "images"), { recursive: true });
cpSync(join(dist, "..", "LICENSE"), join(target, "LICENSE"));
console.log(`leaflet: ${dist} -> ${target}`);
