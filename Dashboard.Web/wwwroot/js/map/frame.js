// How much of the map the floating panels cover, so fitBounds can frame a region in the free part. Panels are the
// elements beside the map (same parent) marked data-map-cover; a panel's extent is that of what it shows, not of its
// (partly empty, click-through) column. A tall panel narrows the map from its side, a short one lowers the top.
const MARGIN = 12;

export function framePadding(element) {
    const map = element.getBoundingClientRect();
    const padding = { left: MARGIN, top: MARGIN, right: MARGIN, bottom: MARGIN + 16 };
    const covers = element.parentElement ? element.parentElement.querySelectorAll("[data-map-cover]") : [];
    for (const cover of covers) {
        const box = contentBox(cover);
        if (!box) continue;
        const tall = box.bottom - box.top > map.height * 0.4;
        const onRight = (box.left + box.right) / 2 > map.left + map.width / 2;
        if (tall && onRight) padding.right = Math.max(padding.right, map.right - box.left + MARGIN);
        else if (tall) padding.left = Math.max(padding.left, box.right - map.left + MARGIN);
        else padding.top = Math.max(padding.top, box.bottom - map.top + MARGIN);
    }
    // On a narrow screen the panels would leave a sliver: frame the whole width and let them float over the sea.
    if (padding.left + padding.right > map.width * 0.5) {
        padding.left = MARGIN;
        padding.right = MARGIN;
    }
    if (padding.top + padding.bottom > map.height * 0.6) padding.top = MARGIN;
    return padding;
}

function contentBox(cover) {
    let box = null;
    for (const child of cover.children) {
        const r = child.getBoundingClientRect();
        if (!r.width || !r.height) continue;
        box = box
            ? { left: Math.min(box.left, r.left), top: Math.min(box.top, r.top), right: Math.max(box.right, r.right), bottom: Math.max(box.bottom, r.bottom) }
            : { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    }
    return box;
}
