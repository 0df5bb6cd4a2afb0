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
        const placed = [];
        for (const f of this.features) {
            const [lng, lat] = f.geometry.coordinates;
            const p = f.properties;
            if (zoom < p.minZoom || !bounds.contains([lat, lng])) continue;
            // A province's name gives way to its regencies' once they show, except as a larger, fainter caption.
            const marker = this.L.marker([lat, lng], {
                pane: "labels", interactive: false, keyboard: false,
                icon: this.L.divIcon({
                    className: `map-label map-label--${p.kind}`,
                    html: `<span>${escape(p.name)}</span>`,
                    iconSize: null,
                }),
            }).addTo(this.group);
            placed.push({ marker, kind: p.kind });
        }
        const shown = declutter(placed);
        this.element.setAttribute("data-labels-province", String(shown.filter(l => l.kind === "province").length));
        this.element.setAttribute("data-labels-regency", String(shown.filter(l => l.kind !== "province").length));
        this.element.setAttribute("data-labels-hidden", String(placed.length - shown.length));
    }

    dispose() {
        this.map.off("moveend zoomend", this.onView);
        this.group.remove();
    }
}

// Leaflet draws every label where it is, so at a national zoom on a phone neighbouring provinces' names pile up
// unreadably. Keep a label only where it overlaps none kept before it, in the server's order; once regency seats show,
// they go first and their province's caption gives way.
function declutter(placed) {
    const kept = [];
    const boxes = [];
    const regenciesFirst = placed.some(l => l.kind !== "province");
    const rank = l => (l.kind === "province") === regenciesFirst ? 1 : 0;
    const order = [...placed].sort((a, b) => rank(a) - rank(b));
    for (const label of order) {
        const element = label.marker.getElement();
        const text = element?.firstElementChild;
        if (!text) continue;
        const r = text.getBoundingClientRect();
        const box = { left: r.left - 3, top: r.top - 1, right: r.right + 3, bottom: r.bottom + 1 };
        if (boxes.some(k => box.left < k.right && box.right > k.left && box.top < k.bottom && box.bottom > k.top)) {
            element.style.visibility = "hidden";
            continue;
        }
        boxes.push(box);
        kept.push(label);
    }
    return kept;
}

function escape(text) {
    return String(text ?? "").replace(/[&<>"']/g, c => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);
}
