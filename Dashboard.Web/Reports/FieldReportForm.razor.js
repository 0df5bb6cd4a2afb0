// The device's clock offset and position, the small pin map, and where the eye goes after sending, for the field
// report form. Nothing is kept here between calls except what the pin map returns.
import * as L from "../../lib/leaflet/leaflet.esm.js";
import { addBasemap } from "../../js/map/basemap.js";

const INDONESIA = [[-11.2, 94.7], [6.3, 141.1]];

export function timezoneOffsetMinutes() {
    return -new Date().getTimezoneOffset();
}

// {latitude, longitude} or {error} with the GeolocationPositionError code (1 denied, 2 unavailable, 3 timeout).
export function locate() {
    return new Promise(resolve => {
        if (!navigator.geolocation) { resolve({ latitude: 0, longitude: 0, error: 2 }); return; }
        navigator.geolocation.getCurrentPosition(
            p => resolve({ latitude: p.coords.latitude, longitude: p.coords.longitude, error: null }),
            e => resolve({ latitude: 0, longitude: 0, error: e.code || 2 }),
            { enableHighAccuracy: true, timeout: 10000, maximumAge: 60000 });
    });
}

// A small map of the country: a tap puts the pin there and tells .NET; setPin moves it from the GPS or typed numbers.
export function createPinMap(element, dotNet) {
    const map = L.map(element, { zoomSnap: 0.25, minZoom: 3, maxZoom: 17, attributionControl: false, keyboard: true });
    map.fitBounds(INDONESIA, { padding: [4, 4], animate: false });
    addBasemap(L, map, element, { basemapUrl: "basemap/countries.geojson" });
    let marker = null;
    function place(latlng) {
        if (marker) marker.setLatLng(latlng);
        else marker = L.circleMarker(latlng, { radius: 9, color: "#b00020", weight: 3, fillColor: "#ff5252", fillOpacity: 0.9 }).addTo(map);
        element.setAttribute("data-pin", `${latlng.lat.toFixed(5)},${latlng.lng.toFixed(5)}`);
    }
    map.on("click", e => {
        place(e.latlng);
        dotNet.invokeMethodAsync("OnPinned", e.latlng.lat, e.latlng.lng).catch(() => { });
    });
    const resize = new ResizeObserver(() => map.invalidateSize());
    resize.observe(element);
    return {
        setPin(latitude, longitude) {
            place(L.latLng(latitude, longitude));
            map.setView([latitude, longitude], Math.max(map.getZoom(), 12), { animate: false });
        },
        dispose() {
            resize.disconnect();
            map.remove();
        },
    };
}

// After sending: the answer into view and focused, so it is seen on a phone and read out by a screen reader.
export function reveal(element) {
    if (!element) return;
    element.scrollIntoView({ block: "center", behavior: "instant" });
    element.focus({ preventScroll: true });
}

// After a refused send: the first marked field focused and in view, so the officer starts correcting where it is wrong.
export function focusFirstError(page) {
    const error = page?.querySelector(".field-error");
    if (!error) return;
    const scope = error.closest("label, fieldset") ?? error.parentElement;
    const field = scope?.querySelector("input:not([type=hidden]), select, textarea, button");
    (field ?? error).scrollIntoView({ block: "center", behavior: "instant" });
    if (field) {
        // A field hidden inside closed <details> cannot take focus: open it first.
        field.closest("details")?.setAttribute("open", "");
        field.focus({ preventScroll: true });
    }
}
