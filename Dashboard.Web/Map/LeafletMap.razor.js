// The map of one LeafletMap component. Everything lives in the closure returned by createMap, which .NET holds as an
// IJSObjectReference: no window globals, nothing shared between users or tabs.
import * as L from "../../lib/leaflet/leaflet.esm.js";
import { addBasemap } from "../../js/map/basemap.js";
import { DataLayer } from "../../js/map/data-layer.js";
import { AlertLayer } from "../../js/map/alert-layer.js";
import { PatrolLayer } from "../../js/map/patrol-layer.js";
import { PlaceLabels } from "../../js/map/place-labels.js";
import { framePadding } from "../../js/map/frame.js";

const DEBOUNCE_MS = 250;
// The whole archipelago, Sabang to Merauke and Miangas to Rote: what every map frames until the user moves it.
const INDONESIA = [[-11.2, 94.7], [6.3, 141.1]];

export function createMap(element, dotNet, options) {
    const map = L.map(element, {
        preferCanvas: true, // thousands of points and lines draw on one canvas, not as thousands of SVG nodes
        center: options.center,
        zoom: options.zoom,
        minZoom: 3, // a phone needs about 3.5 to show the whole archipelago
        maxZoom: 16,
        maxBounds: [[-25, 80], [22, 165]],
        maxBoundsViscosity: 0.8,
        worldCopyJump: false,
        zoomSnap: 0.25, // a quarter step lets the country fill the free area instead of jumping a whole zoom level
    });
    L.control.scale({ imperial: false, position: "bottomleft" }).addTo(map);
    map.attributionControl.setPrefix(false);
    if (options.tileUrl) {
        L.tileLayer(options.tileUrl, { attribution: options.tileAttribution ?? "", maxZoom: 18 }).addTo(map);
    }
    addBasemap(L, map, element, options);
    const labels = options.labelsUrl ? new PlaceLabels(L, map, element, options.labelsUrl) : null;

    // Frame Indonesia in the part of the map no panel covers; again whenever the map is resized, until the user
    // moves it themselves (then their view is theirs).
    // A shared link's view is the one asked for: kept, never reframed.
    let userMoved = !!options.keepView;
    const markMoved = () => { userMoved = true; };
    map.on("dragstart click", markMoved);
    element.addEventListener("wheel", markMoved, { passive: true });
    element.addEventListener("keydown", markMoved);
    // What the map frames: Indonesia, or the working area of the person's office.
    let frameTarget = options.frame ?? INDONESIA;
    // Zooming by the buttons or a pinch is the person's choice too; the framing's own zoom is not.
    let framing = false;
    map.on("zoomstart", () => { if (!framing) userMoved = true; });
    function frameIndonesia() {
        const size = map.getSize();
        if (!size.x || !size.y) return;
        const padding = framePadding(element);
        framing = true;
        try {
            map.fitBounds(frameTarget, { paddingTopLeft: [padding.left, padding.top], paddingBottomRight: [padding.right, padding.bottom], animate: false });
        } finally {
            framing = false;
        }
        element.setAttribute("data-framed", `${padding.left},${padding.top},${padding.right},${padding.bottom}`);
    }
    if (!userMoved) frameIndonesia();
    // The panels over the map fill in after it is made (the legend grows as layers are switched on): frame again
    // whenever one of them changes size, until the user has moved the map.
    const covers = element.parentElement ? [...element.parentElement.querySelectorAll("[data-map-cover]")] : [];
    const coverSizes = new ResizeObserver(() => { if (!userMoved) frameIndonesia(); });
    const watchCovers = () => covers.forEach(cover => [...cover.children].forEach(child => coverSizes.observe(child)));
    const coverChildren = new MutationObserver(() => { watchCovers(); if (!userMoved) frameIndonesia(); });
    covers.forEach(cover => coverChildren.observe(cover, { childList: true }));
    watchCovers();
    // The risk cells share the records' canvas (a canvas in a pane of its own would swallow the clicks meant for
    // the one below it) and are pushed to the back after every draw. The hot-spot outline is for the eye only: it
    // has a pane above the records' lines and below the markers, which lets clicks through.
    const hotspotPane = map.createPane("hotspots");
    hotspotPane.style.zIndex = 450;
    hotspotPane.style.pointerEvents = "none";
    const renderers = { hotspots: L.canvas({ pane: "hotspots" }) };

    const context = {
        L,
        labels: options.labels,
        symbols: options.symbols,
        number: new Intl.NumberFormat(options.locale || undefined),
        onFeatureClick: (layer, feature, latlng) => onFeatureClick(layer, feature, latlng),
        onLayerFailed: layer => dotNet.invokeMethodAsync("OnLayerFailed", layer).catch(() => { }),
        renderers,
        restack: () => {
            // Back to front: risk cells, roads, rat routes, then everything else.
            layers.get("rat-routes")?.bringToBack();
            layers.get("roads")?.bringToBack();
            layers.get("risk")?.bringToBack();
        },
    };
    const layers = new Map(options.allLayers.map(name =>
        [name, new DataLayer(name, map, element, options.apiBase, context, options.layers.includes(name))]));

    function onFeatureClick(layer, feature, latlng) {
        // A cluster stands for many records: open it up by zooming in rather than asking for one record's details.
        if (feature.properties?.cluster) {
            map.flyTo(latlng, Math.min(map.getZoom() + 2, map.getMaxZoom()));
            return;
        }
        if (feature.id !== undefined && feature.id !== null) {
            dotNet.invokeMethodAsync("OnFeatureClicked", layer, Number(feature.id)).catch(() => { });
        }
    }

    const alerts = new AlertLayer(L, map, id => dotNet.invokeMethodAsync("OnAlertClicked", id).catch(() => { }));
    const patrol = new PatrolLayer(L, map, {
        candidateClicked: id => dotNet.invokeMethodAsync("OnPatrolCandidateClicked", id).catch(() => { }),
        stopMoved: (index, longitude, latitude) => dotNet.invokeMethodAsync("OnPatrolStopMoved", index, longitude, latitude).catch(() => { }),
    });

    let timer = 0;
    function viewChanged() {
        clearTimeout(timer);
        timer = setTimeout(() => {
            const { bbox, zoom } = currentView(map);
            if (!(bbox[0] < bbox[2] && bbox[1] < bbox[3])) return; // not laid out yet: nothing to ask for
            element.setAttribute("data-zoom", String(zoom));
            // Where the country lies on screen (container pixels), for tests and for anyone checking the framing.
            const nw = map.latLngToContainerPoint([INDONESIA[1][0], INDONESIA[0][1]]);
            const se = map.latLngToContainerPoint([INDONESIA[0][0], INDONESIA[1][1]]);
            element.setAttribute("data-indonesia-px", [nw.x, nw.y, se.x, se.y].map(Math.round).join(","));
            for (const layer of layers.values()) layer.refresh(bbox, zoom);
            dotNet.invokeMethodAsync("OnViewportChanged", bbox[0], bbox[1], bbox[2], bbox[3], zoom, userMoved).catch(() => { });
        }, DEBOUNCE_MS);
    }
    map.on("moveend zoomend resize", viewChanged);
    // The element may be laid out (or resized by the page) after the map was made; Leaflet has to be told.
    const resize = new ResizeObserver(() => {
        map.invalidateSize({ debounceMoveend: true });
        if (!userMoved) frameIndonesia();
    });
    resize.observe(element);
    viewChanged();

    return {
        frame(bounds) {
            frameTarget = bounds ?? INDONESIA;
            userMoved = false;
            frameIndonesia();
        },
        flyTo(longitude, latitude, zoom) {
            userMoved = true;
            const reduceMotion = window.matchMedia?.("(prefers-reduced-motion: reduce)").matches;
            if (reduceMotion) map.setView([latitude, longitude], zoom);
            else map.flyTo([latitude, longitude], zoom, { duration: 1.2 });
        },
        setLayerParameters(name, parameters) {
            const layer = layers.get(name);
            if (!layer) return;
            const { bbox, zoom } = currentView(map);
            layer.setParameters(parameters ?? {}, bbox, zoom);
        },
        setAlerts(list) {
            alerts.set(list ?? []);
        },
        setPatrol(state) {
            if (state?.fit) userMoved = true;
            patrol.set(state);
        },
        setLayerVisible(name, visible) {
            const layer = layers.get(name);
            if (!layer) return;
            const { bbox, zoom } = currentView(map);
            layer.setVisible(visible, bbox, zoom);
        },
        dispose() {
            clearTimeout(timer);
            resize.disconnect();
            coverSizes.disconnect();
            coverChildren.disconnect();
            labels?.dispose();
            alerts.dispose();
            patrol.dispose();
            for (const layer of layers.values()) layer.dispose();
            map.off();
            map.remove();
        },
    };
}

// The API wants west,south,east,north within the world; Leaflet can report a little past it at the edges.
function currentView(map) {
    const b = map.getBounds();
    const clamp = (v, lo, hi) => Math.min(Math.max(v, lo), hi);
    const bbox = [
        clamp(b.getWest(), -180, 180), clamp(b.getSouth(), -90, 90),
        clamp(b.getEast(), -180, 180), clamp(b.getNorth(), -90, 90),
    ].map(v => Math.round(v * 1e5) / 1e5);
    return { bbox, zoom: Math.round(map.getZoom()) };
}
