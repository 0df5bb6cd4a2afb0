// A small map to pick one point: a click puts the marker there and tells .NET. Held by LocationPicker through an
// IJSObjectReference; nothing global.
import * as L from "../lib/leaflet/leaflet.esm.js";
import { addBasemap } from "../js/map/basemap.js";

export function createPicker(element, dotNet, basemapUrl) {
    const map = L.map(element, { center: [-2.5, 118], zoom: 4, minZoom: 3, maxZoom: 16 });
    map.attributionControl.setPrefix(false);
    addBasemap(L, map, element, { basemapUrl });
    let marker = null;
    map.on("click", e => {
        place(e.latlng.lng, e.latlng.lat, false);
        dotNet.invokeMethodAsync("OnPicked", e.latlng.lng, e.latlng.lat).catch(() => { });
    });
    function place(lon, lat, fly) {
        if (lon === null || lat === null || lon === undefined || lat === undefined) {
            marker?.remove();
            marker = null;
            return;
        }
        if (!marker) marker = L.circleMarker([lat, lon], { radius: 7, color: "#b3261e", fillOpacity: 0.8 }).addTo(map);
        else marker.setLatLng([lat, lon]);
        if (fly) map.setView([lat, lon], Math.max(map.getZoom(), 9));
        element.setAttribute("data-picked", `${lon.toFixed(5)},${lat.toFixed(5)}`);
    }
    element.setAttribute("data-ready", "true");
    return {
        show: (lon, lat) => place(lon, lat, true),
        dispose: () => map.remove(),
    };
}
