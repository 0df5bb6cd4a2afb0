// The vector basemap: Natural Earth countries (made at build time by build/basemap.mjs), Indonesia in a light land
// colour and its neighbours greyer, over the sea colour of the map container. Readable with no tile server at all.
export async function addBasemap(L, map, element, options) {
    const pane = map.createPane("basemap");
    pane.style.zIndex = "250"; // above raster tiles (200), below every data layer (400+)
    pane.style.pointerEvents = "none";
    const withTiles = Boolean(options.tileUrl);
    try {
        const response = await fetch(new URL(options.basemapUrl, document.baseURI), { credentials: "same-origin" });
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        const countries = await response.json();
        L.geoJSON(countries, {
            pane: "basemap",
            interactive: false,
            attribution: "Natural Earth",
            renderer: L.canvas({ pane: "basemap", padding: 0.5 }),
            style: feature => {
                const indonesia = feature.properties?.indonesia === true;
                return {
                    color: indonesia ? "#7d7560" : "#9a9a96",
                    weight: indonesia ? 0.9 : 0.6,
                    fill: !withTiles, // over real tiles only the borders are useful
                    fillColor: indonesia ? "#f6f1e1" : "#dcdcd8",
                    fillOpacity: 1,
                };
            },
        }).addTo(map);
        element.setAttribute("data-basemap", String(countries.features.length));
    } catch (error) {
        element.setAttribute("data-basemap", "error");
        console.warn("Basemap could not be loaded", error);
    }
}
