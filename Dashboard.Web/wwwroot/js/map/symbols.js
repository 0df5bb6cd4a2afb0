// How each data layer looks. Colours and icons come from .NET (MapSymbols.cs) so the legend shows the same thing;
// every kind differs by shape or dash as well as colour, for colour-blind readers and grey printouts.

const ROUTE_WEIGHT = { Dormant: 1.5, Low: 2.5, Medium: 3.5, High: 5 };
const ROUTE_OPACITY = { Dormant: 0.45, Low: 0.65, Medium: 0.8, High: 0.95 };
const ROUTE_DASH = { LandPath: null, SeaLane: "8 6", River: "2 5" };
// The same widths and dashes as the legend (MapLegend.razor.cs): thin and grey, under the data that matters.
const WAY_STYLE = { Road: { weight: 2.5, dashArray: null }, Track: { weight: 1.5, dashArray: "4 3" }, Ferry: { weight: 1.5, dashArray: "8 5" } };
const BUSIEST_CROSSING = 60000; // passengers a day at which a crossing symbol stops growing
// Viridis, light (lower risk) to dark (highest): ordered by lightness, so it reads for colour-blind eyes and in grey.
// The run's score percentiles (50, 75, 90, 95, 99) split the classes; below the median the cell is left clear.
export const RISK_COLORS = ["#fde725", "#7ad151", "#22a884", "#2a788e", "#414487"];
const RISK_OPACITY = [0.35, 0.45, 0.55, 0.62, 0.7];

export function drawFeatures(layer, collection, zoom, ctx) {
    const { L } = ctx;
    // Cluster sizes are relative to the biggest cluster in view: counts run from 1 to thousands, and a fixed scale
    // would make every cluster at the national view the same maximal blob.
    const largest = Math.max(1, ...(collection.features ?? []).map(f => clusterCount(layer, f.properties ?? {})));
    const drawing = { ...ctx, largest };
    const outline = layer === "hotspots";
    return L.geoJSON(collection, {
        pane: outline ? "hotspots" : "overlayPane",
        renderer: outline ? ctx.renderers.hotspots : undefined,
        pointToLayer: (feature, latlng) => point(layer, feature, latlng, drawing),
        style: feature => layer === "rat-routes" ? routeStyle(feature.properties ?? {}, ctx)
            : layer === "roads" ? wayStyle(feature.properties ?? {}, ctx)
            : layer === "risk" ? (collection.compare != null
                ? changeStyle(feature.properties ?? {}, collection.scale ?? [])
                : riskStyle(feature.properties ?? {}, collection.scale ?? []))
            : layer === "hotspots" ? { color: "#000000", weight: 2.5, dashArray: "6 3", fill: false, opacity: 0.9, interactive: false }
            : {},
        onEachFeature: (feature, drawn) => {
            if (layer === "hotspots") return;
            drawn.bindTooltip(tooltip(layer, feature.properties ?? {}, ctx), {
                sticky: layer === "rat-routes" || layer === "roads",
                direction: "top",
                className: "map-tooltip",
            });
            drawn.on("click", event => {
                ctx.L.DomEvent.stop(event);
                ctx.onFeatureClick(layer, feature, event.latlng ?? drawn.getLatLng?.());
            });
        },
    });
}

function wayStyle(p, ctx) {
    const kind = WAY_STYLE[p.kind] ? p.kind : "Road";
    return { color: ctx.symbols.colors[kind], weight: WAY_STYLE[kind].weight, dashArray: WAY_STYLE[kind].dashArray, opacity: 0.8 };
}

function point(layer, feature, latlng, ctx) {
    const p = feature.properties ?? {};
    if (p.cluster) return cluster(layer, p, latlng, ctx);
    switch (layer) {
        case "crossings": return crossing(p, latlng, ctx);
        case "villages": return ctx.L.circleMarker(latlng, {
            radius: 6, color: "#ffffff", weight: 1.5, fillColor: ctx.symbols.colors.village, fillOpacity: 0.95,
        });
        case "cases": return ctx.L.circleMarker(latlng, {
            radius: 5 + 2.2 * Math.sqrt(Math.max(p.victims ?? 1, 1)),
            color: "#5c2100",
            weight: (p.minors ?? 0) > 0 ? 2.5 : 1, // a heavier ring where children were among the victims
            fillColor: ctx.symbols.colors.case,
            fillOpacity: 0.75,
        });
        default: return ctx.L.circleMarker(latlng, { radius: 5 });
    }
}

function crossing(p, latlng, ctx) {
    const kind = ctx.symbols.icons[p.kind] ? p.kind : "Airport";
    const traffic = Math.min(Math.max(p.dailyPassengers ?? 0, 0), BUSIEST_CROSSING) / BUSIEST_CROSSING;
    const size = Math.round(20 + 18 * Math.sqrt(traffic)); // area grows with traffic, not the diameter
    const glyph = Math.round(size * 0.62);
    return ctx.L.marker(latlng, {
        icon: ctx.L.divIcon({
            className: `map-crossing map-crossing--${kind}`,
            html: `<span style="background:${ctx.symbols.colors[kind]}"><svg viewBox="0 0 24 24" fill="currentColor" width="${glyph}" height="${glyph}" aria-hidden="true">${ctx.symbols.icons[kind]}</svg></span>`,
            iconSize: [size, size],
        }),
        alt: p.name ?? "",
        keyboard: false, // out of the tab order: the lists beside the map reach the same features by keyboard
        riseOnHover: true,
        zIndexOffset: 2000 + Math.round(traffic * 100), // above all clusters; busier crossings on top
    });
}

// Counts may arrive suppressed as the text "<5" (readers from other agencies): sized as the smallest cluster.
function clusterCount(layer, p) {
    if (!p.cluster) return 0;
    const value = layer === "cases" ? (p.cases ?? 0) : (p.count ?? 0);
    return typeof value === "number" ? value : 1;
}

function count(value, ctx) {
    return typeof value === "string" ? value : ctx.number.format(value ?? 0);
}

function cluster(layer, p, latlng, ctx) {
    const amount = clusterCount(layer, p);
    const label = count(layer === "cases" ? p.cases : p.count, ctx);
    // Cases 18..44 px (under the 48 px cluster cell); villages smaller, 14..30 px, so they sit on a case cluster
    // without hiding it.
    const [smallest, range] = layer === "cases" ? [18, 26] : [14, 16];
    const size = Math.round(smallest + range * Math.sqrt(amount / ctx.largest));
    const color = layer === "cases" ? ctx.symbols.colors.case : ctx.symbols.colors.village;
    return ctx.L.marker(latlng, {
        icon: ctx.L.divIcon({
            className: `map-cluster map-cluster--${layer}`,
            html: `<span style="background:${color}d9">${escape(label)}</span>`, // d9: 85 % opaque
            iconSize: [size, size],
        }),
        keyboard: false, // out of the tab order: the lists beside the map reach the same features by keyboard
        // Villages above cases: the smaller symbol on top, so both stay visible.
        zIndexOffset: layer === "cases" ? 0 : 1000,
    });
}

export function riskClass(score, scale) {
    let level = -1;
    for (let i = 0; i < scale.length; i++) if (score > scale[i]) level = i;
    return level;
}

function riskStyle(p, scale) {
    const level = riskClass(p.score ?? 0, scale);
    // Below the median the cell stays clear but still answers a click, so any cell's score can be explained.
    return level < 0
        ? { stroke: false, fill: true, fillOpacity: 0 }
        : { stroke: false, fillColor: RISK_COLORS[level], fillOpacity: RISK_OPACITY[level] };
}

// Rises red, falls blue (a diverging scale readable by the colour-blind); thresholds are shares of the 99th
// percentile score, so "a big change" means the same on a quiet map and a busy one.
export const CHANGE_COLORS = ["#2166ac", "#67a9cf", "#d1e5f0", "#fddbc7", "#ef8a62", "#b2182b"];
export const CHANGE_STEPS = [0.05, 0.15, 0.3];

export function changeClass(change, scale) {
    const top = scale.length ? scale[scale.length - 1] : 0;
    if (change === null || change === undefined || !(top > 0)) return -1;
    const share = Math.abs(change) / top;
    let step = -1;
    for (let i = 0; i < CHANGE_STEPS.length; i++) if (share >= CHANGE_STEPS[i]) step = i;
    if (step < 0) return -1;
    return change > 0 ? 3 + step : 2 - step;
}

function changeStyle(p, scale) {
    const level = changeClass(p.change, scale);
    // An unchanged cell stays clear but still answers a click, so its score and change can be read.
    return level < 0
        ? { stroke: false, fill: true, fillOpacity: 0 }
        : { stroke: false, fillColor: CHANGE_COLORS[level], fillOpacity: 0.65 };
}

function routeStyle(p, ctx) {
    const mode = ROUTE_DASH[p.mode] !== undefined ? p.mode : "LandPath";
    return {
        color: ctx.symbols.colors[mode],
        weight: ROUTE_WEIGHT[p.activity] ?? 2,
        opacity: ROUTE_OPACITY[p.activity] ?? 0.7,
        dashArray: ROUTE_DASH[mode],
        lineCap: mode === "River" ? "round" : "butt",
    };
}

function tooltip(layer, p, ctx) {
    const t = ctx.labels;
    const n = value => count(value, ctx);
    const synthetic = p.synthetic ? `<br><span class="map-synthetic">${escape(t["Map.Synthetic"])}</span>` : "";
    if (p.cluster) {
        const what = layer === "cases"
            ? `${n(p.cases)} ${t["Map.Cases"]}, ${n(p.victims)} ${t["Map.Victims"]}`
            : `${n(p.count)} ${t["Map.Villages"]}`;
        return `<strong>${escape(what)}</strong><br><em>${escape(t["Map.ClusterHint"])}</em>`;
    }
    const hint = `<br><em>${escape(t["Map.DetailsHint"])}</em>`;
    switch (layer) {
        case "crossings":
            return `<strong>${escape(p.name)}</strong> (${escape(p.code)})<br>${escape(t[`Kind.${p.kind}`] ?? p.kind)}`
                + `<br>${n(p.dailyPassengers)} ${escape(t["Map.PassengersPerDay"])} · ${n(p.interviewOfficers)} ${escape(t["Map.InterviewOfficers"])}${hint}`;
        case "rat-routes":
            return `<strong>${escape(p.name)}</strong><br>${escape(t[`Mode.${p.mode}`] ?? p.mode)}`
                + ` · ${escape(t["Map.Activity"])}: ${escape(t[`Activity.${p.activity}`] ?? p.activity)}${synthetic}${hint}`;
        case "villages":
            return `<strong>${escape(p.name)}</strong>${synthetic}${hint}`;
        case "roads":
            return `<strong>${escape(p.name || t[`Way.${p.kind}`] || p.kind)}</strong><br>${escape(t[`Way.${p.kind}`] ?? p.kind)}${synthetic}`;
        case "cases":
            return `<strong>${n(p.victims)} ${escape(t["Map.Victims"])}</strong>, ${n(p.minors)} ${escape(t["Map.Minors"])}${synthetic}${hint}`;
        case "risk": {
            const change = p.change === null || p.change === undefined ? "" : ` · ${escape(t["Map.RiskChange"])} ${p.change > 0 ? "+" : ""}${ctx.number.format(p.change)}`;
            const hot = p.hot ? `<br>${escape(t["Map.HotSpot"])}` : "";
            return `<strong>${escape(t["Map.RiskScore"])} ${ctx.number.format(p.score ?? 0)}</strong>${change}${hot}${p.cells ? "" : hint}`;
        }
        case "hotspots":
            return `<strong>${escape(t["Map.HotSpot"])}</strong>`;
        default:
            return "";
    }
}

function escape(text) {
    return String(text ?? "").replace(/[&<>"']/g, c => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);
}
