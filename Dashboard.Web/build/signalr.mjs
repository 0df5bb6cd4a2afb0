// Copies the SignalR browser client into wwwroot/lib/signalr, where the live view's script loads it. Run by the
// build (Dashboard.Web.csproj); the output folder is not committed.
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const dist = join(dirname(require.resolve("@microsoft/signalr/package.json")), "dist", "browser");
const target = join(dirname(fileURLToPath(import.meta.url)), "..", "wwwroot", "lib", "signalr");

rmSync(target, { recursive: true, force: true });
mkdirSync(target, { recursive: true });
// The source map is not shipped, so its reference is dropped rather than left to 404 in the browser's tools.
const script = readFileSync(join(dist, "signalr.min.js"), "utf8").replace(/\n?\/\/# sourceMappingURL=.*\s*$/, "\n");
writeFileSync(join(target, "signalr.min.js"), script);
console.log(`signalr: ${dist} -> ${target}`);
