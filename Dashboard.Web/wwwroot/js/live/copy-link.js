// Copies the live view's link; false when the browser refuses the clipboard (no secure context, or denied), so the
// page shows the link to copy by hand instead.
export async function copy(text) {
    try {
        await navigator.clipboard.writeText(text);
        return true;
    } catch {
        return false;
    }
}
