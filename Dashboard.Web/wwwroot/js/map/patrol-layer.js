// A patrol on the map: the base, the candidates within reach (circles sized and coloured by risk; click one to add or
// remove it), and the planned round (base → stops → base with numbered stops the planner can drag): solid along the
// travel network's path when the server measured one, dashed straight lines while it has not.
// Stops are DOM markers so they can be dragged, focused and found by tests.
export class PatrolLayer {
    constructor(L, map, callbacks) {
        this.L = L;
        this.map = map;
        this.callbacks = callbacks;
        if (!map.getPane("patrol")) map.createPane("patrol").style.zIndex = 630;
        this.candidates = L.layerGroup().addTo(map);
        this.route = L.layerGroup().addTo(map);
    }

    // state: { base: {name, longitude, latitude}, candidates: [{id, name, longitude, latitude, risk, inPlan}], stops: [...], fit }
    set(state) {
        this.candidates.clearLayers();
        this.route.clearLayers();
        if (!state || !state.base) return;
        const L = this.L;
        const base = [state.base.latitude, state.base.longitude];
        const maxRisk = Math.max(1e-9, ...state.candidates.map(c => c.risk));
        for (const c of state.candidates) {
            const share = c.risk / maxRisk;
            const circle = L.circleMarker([c.latitude, c.longitude], {
                radius: 4 + 8 * Math.sqrt(share),
                color: c.inPlan ? "#0d47a1" : "#6d4c41",
                weight: c.inPlan ? 2 : 1,
                fillColor: share > 0.66 ? "#b71c1c" : share > 0.33 ? "#ef6c00" : "#fbc02d",
                fillOpacity: 0.75,
                pane: "patrol",
            });
            circle.bindTooltip(text(`${c.name} · ${c.riskLabel}`), { direction: "top" });
            circle.on("click", () => this.callbacks.candidateClicked(c.id));
            circle.addTo(this.candidates);
        }
        if (state.path && state.path.length > 1) {
            const way = state.path.map(([lon, lat]) => [lat, lon]);
            L.polyline(way, { color: "#0d47a1", weight: 3, pane: "patrol", interactive: false, className: "patrol-path" }).addTo(this.route);
        } else {
            const points = [base, ...state.stops.map(s => [s.latitude, s.longitude]), base];
            L.polyline(points, { color: "#0d47a1", weight: 3, dashArray: "6 4", pane: "patrol", interactive: false }).addTo(this.route);
        }
        L.marker(base, {
            pane: "patrol", keyboard: false, title: state.base.name,
            icon: L.divIcon({ className: "patrol-base", html: `<span data-testid="patrol-base">⌂</span>`, iconSize: [24, 24], iconAnchor: [12, 12] }),
        }).addTo(this.route);
        state.stops.forEach((s, index) => {
            const marker = L.marker([s.latitude, s.longitude], {
                pane: "patrol", draggable: true, autoPan: true, keyboard: false, title: s.name,
                icon: L.divIcon({ className: "patrol-stop", html: `<span data-stop-index="${index}">${index + 1}</span>`, iconSize: [22, 22], iconAnchor: [11, 11] }),
            });
            marker.on("dragend", () => {
                const at = marker.getLatLng();
                this.callbacks.stopMoved(index, at.lng, at.lat);
            });
            marker.addTo(this.route);
        });
        if (state.fit) {
            const bounds = L.latLngBounds([base, ...state.candidates.map(c => [c.latitude, c.longitude])]);
            this.map.fitBounds(bounds.pad(0.1), { maxZoom: 11 });
        }
    }

    dispose() {
        this.candidates.remove();
        this.route.remove();
    }
}

/** A tooltip's content as text, never as markup: a stop or route name with "<img onerror>" shows those characters. */
function text(content) {
    const span = document.createElement("span");
    span.textContent = content;
    return span;
}
