// One data layer of the map: fetches its GeoJSON for the current view from the server, draws it, and reports on the
// map element (data-layer-NAME = features drawn, data-layer-NAME-state = loading|ready|error|hidden) so browser
// tests and people debugging can see what happened.
import { drawFeatures } from "./symbols.js";

export class DataLayer {
    #controller = null;
    #parameters = {};

    constructor(name, map, element, apiBase, context, visible) {
        this.name = name;
        this.map = map;
        this.element = element;
        this.apiBase = apiBase;
        this.context = context;
        this.visible = visible;
        this.group = context.L.layerGroup();
        if (visible) this.group.addTo(map);
        this.#setState(visible ? "loading" : "hidden");
    }

    setVisible(visible, bbox, zoom) {
        if (visible === this.visible) return;
        this.visible = visible;
        if (visible) {
            this.group.addTo(this.map);
            this.refresh(bbox, zoom);
        } else {
            this.#controller?.abort();
            this.group.clearLayers();
            this.group.remove();
            this.element.removeAttribute(`data-layer-${this.name}`);
            this.#setState("hidden");
        }
    }

    // Extra query parameters, e.g. which risk run to show and which to compare with; null values are left out.
    setParameters(parameters, bbox, zoom) {
        this.#parameters = parameters;
        this.refresh(bbox, zoom);
    }

    // Only the newest request for a layer matters: an older one still in flight is aborted.
    async refresh(bbox, zoom) {
        if (!this.visible) return;
        this.#controller?.abort();
        const controller = new AbortController();
        this.#controller = controller;
        this.#setState("loading");
        try {
            const url = new URL(this.apiBase + encodeURIComponent(this.name), document.baseURI);
            url.searchParams.set("bbox", bbox.join(","));
            url.searchParams.set("zoom", String(zoom));
            for (const [key, value] of Object.entries(this.#parameters)) {
                if (value !== null && value !== undefined) url.searchParams.set(key, String(value));
            }
            const response = await fetch(url, {
                credentials: "same-origin",
                signal: controller.signal,
                headers: { Accept: "application/geo+json" },
            });
            // No risk run has finished yet: an empty layer, not an error.
            if (response.status === 404 && (this.name === "risk" || this.name === "hotspots")) {
                this.#draw({ type: "FeatureCollection", features: [] }, zoom);
                return;
            }
            if (!response.ok) throw new Error(`HTTP ${response.status} for ${url.pathname}`);
            const collection = await response.json();
            if (controller.signal.aborted || !this.visible) return;
            this.#draw(collection, zoom);
        } catch (error) {
            if (error?.name === "AbortError") return;
            this.#setState("error");
            this.context.onLayerFailed?.(this.name);
            console.warn(`Map layer ${this.name} could not be loaded`, error);
        } finally {
            if (this.#controller === controller) this.#controller = null;
        }
    }

    bringToBack() {
        this.group.eachLayer(layer => layer.bringToBack?.());
    }

    dispose() {
        this.#controller?.abort();
        this.group.clearLayers();
    }

    #draw(collection, zoom) {
        this.group.clearLayers();
        const drawn = drawFeatures(this.name, collection, zoom, this.context);
        this.group.addLayer(drawn);
        // On the shared canvas: risk cells at the back, then lines, then points, whichever layer arrived last.
        this.context.restack();
        this.element.setAttribute(`data-layer-${this.name}`, String(collection.features?.length ?? 0));
        this.#setState("ready");
    }

    #setState(state) {
        this.element.setAttribute(`data-layer-${this.name}-state`, state);
    }
}
