// The device's clock offset and position, for the field report form. Nothing is kept here between calls.
export function timezoneOffsetMinutes() {
    return -new Date().getTimezoneOffset();
}

export function locate() {
    return new Promise(resolve => {
        if (!navigator.geolocation) { resolve(null); return; }
        navigator.geolocation.getCurrentPosition(
            p => resolve({ latitude: p.coords.latitude, longitude: p.coords.longitude }),
            () => resolve(null),
            { enableHighAccuracy: true, timeout: 10000, maximumAge: 60000 });
    });
}

// After sending, the answer is at the top of the form: bring it into view on a small screen.
export function showTop(element) {
    element?.scrollTo({ top: 0, behavior: "smooth" });
}
