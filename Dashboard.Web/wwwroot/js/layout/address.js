// Keeps the address bar in step with what a page shows, without a navigation: the address is the shareable link.
export function replaceQuery(query) {
    const url = new URL(window.location.href);
    url.search = query;
    window.history.replaceState(window.history.state, "", url);
}
