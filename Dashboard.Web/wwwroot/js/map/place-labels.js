// Names on the offline basemap: provinces from the national view on, regency seats once zoomed in (each feature
// says from which zoom). Fetched once from /api/map/labels; only the names inside the view are in the page.
export class PlaceLabels {
    constructor(L, map, element, url) {
        this.L = L;
        this.map = map;
        this.element = element;
        this.features = [];
        const pane = map.createPane("labels");
        pane.style.zIndex = "420"; // above the basemap and risk cells, below markers (600) and popups
        pane.style.pointerEvents = "none";
        this.group = L.layerGroup().addTo(map);
        this.onView = () => this.draw();
        map.on("moveend zoomend", this.onView);
        fetch(new URL(url, document.baseURI), { credentials: "same-origin" })
            .then(r => r.ok ? r.json() : Promise.reject(new Error(`HTTP ${r.status}`)))
            .then(collection => {
                this.features = collection.features ?? [];
                this.draw();
            })
            .catch(error => {
                element.setAttribute("data-labels", "error");
                console.warn("Place labels could not be loaded", error);
            });
    }

    draw() {
        const zoom = this.map.getZoom();
        const bounds = this.map.getBounds().pad(0.1);
        this.group.clearLayers();
        let provinces = 0, regencies = 0;
        for (const f of this.features) {
            const [lng, lat] = f.geometry.coordinates;
            const p = f.properties;
            if (zoom < p.minZoom || !bounds.contains([lat, lng])) continue;
            // A province's name gives way to its regencies' once they show, except as a larger, fainter caption.
            this.L.marker([lat, lng], {
                pane: "labels", interactive: false, keyboard: false,
                icon: this.L.divIcon({
                    className: `map-label map-label--${p.kind}`,
                    html: `<span>${escape(p.name)}</span>`,
                    iconSize: null,
                }),
            }).addTo(this.group);
            if (p.kind === "province") provinces++; else regencies++;
        }
        this.element.setAttribute("data-labels-province", String(provinces));
        this.element.setAttribute("data-labels-regency", String(regencies));
    }

    dispose() {
        this.map.off("moveend zoomend", this.onView);
        this.group.remove();
    }
}

function escape(text) {
    return String(text ?? "").replace(/[&<>"']/g, c => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);
}
