// The skip link moves the keyboard focus to the page's <main>, on every page. It is handled here, in the capture phase,
// because Blazor's router would treat "#main-content" as a navigation and only scroll, leaving the focus behind.
document.addEventListener("click", event => {
    const link = event.target instanceof Element ? event.target.closest(".skip-link") : null;
    const main = link && document.getElementById("main-content");
    if (!main) return;
    event.preventDefault();
    main.focus();
    main.scrollIntoView({ block: "start" });
}, true);
