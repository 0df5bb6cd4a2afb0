// Live alerts on the map: one marker per alert, coloured by severity; critical ones pulse (unless the user asked for
// less motion, see app.css). Markers are DOM elements rather than canvas shapes so they can pulse, be focused and be
// found by tests.
const SEVERITY_CLASS = { Low: "low", Medium: "medium", High: "high", Critical: "critical" };

export class AlertLayer {
    constructor(L, map, onClick) {
        this.L = L;
        this.map = map;
        this.onClick = onClick;
        // Above every record's marker (600), below tooltips (650): an alert is never hidden under the crossing it is about.
        if (!map.getPane("alerts")) map.createPane("alerts").style.zIndex = 640;
        this.group = L.layerGroup().addTo(map);
        this.markers = new Map();
    }

    // Replaces what is drawn with the given alerts; markers that stay are moved and restyled, not redrawn.
    set(alerts) {
        const keep = new Set();
        for (const a of alerts) {
            keep.add(a.id);
            const className = `alert-marker alert-${SEVERITY_CLASS[a.severity] ?? "medium"}${a.selected ? " alert-selected" : ""}`;
            let marker = this.markers.get(a.id);
            if (!marker) {
                marker = this.L.marker([a.latitude, a.longitude], { keyboard: false, title: a.title, riseOnHover: true, pane: "alerts" });
                marker.on("click", () => this.onClick(a.id));
                marker.addTo(this.group);
                this.markers.set(a.id, marker);
            } else {
                marker.setLatLng([a.latitude, a.longitude]);
            }
            marker.setIcon(this.L.divIcon({
                className,
                html: `<span class="alert-dot" data-alert-id="${a.id}" data-severity="${a.severity}"></span>`,
                iconSize: [18, 18],
                iconAnchor: [9, 9],
            }));
            marker.setZIndexOffset(a.severity === "Critical" ? 1000 : 0);
            marker.options.title = a.title;
        }
        for (const [id, marker] of this.markers) {
            if (!keep.has(id)) {
                marker.remove();
                this.markers.delete(id);
            }
        }
    }

    dispose() {
        this.group.remove();
        this.markers.clear();
    }
}
