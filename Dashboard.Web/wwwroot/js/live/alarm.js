// The live view's alarm and its mute setting, kept in the browser: the only things of the live view that must be.

// One audio context for the page: a browser lets it play only after a click or a key on the page (autoplay policy),
// and a context unlocked once stays unlocked.
let context = null;
let repeating = 0;

function audioContext() {
    context ??= new (window.AudioContext || window.webkitAudioContext)();
    return context;
}

// resume() without the user's gesture may neither resolve nor fail: wait a moment, then look at the state.
async function tryResume(audio) {
    if (audio.state === "running") return true;
    await Promise.race([audio.resume().catch(() => { }), new Promise(resolve => setTimeout(resolve, 300))]);
    return audio.state === "running";
}

// A short two-tone alarm made on the spot: no audio file to ship or fetch. Answers false when the browser keeps the
// sound blocked, so the page can ask for the click that unblocks it.
export async function alarm() {
    let audio;
    try {
        audio = audioContext();
    } catch {
        return true; // no audio at all (a locked-down browser): nothing a click would change; the toast still shows
    }
    if (!await tryResume(audio)) return false;
    const gain = audio.createGain();
    gain.gain.value = 0.08;
    gain.connect(audio.destination);
    [880, 660, 880, 660].forEach((hz, i) => {
        const tone = audio.createOscillator();
        tone.frequency.value = hz;
        tone.connect(gain);
        tone.start(audio.currentTime + i * 0.18);
        tone.stop(audio.currentTime + i * 0.18 + 0.15);
    });
    return true;
}

// Called from the click on the page's "turn the sound on" prompt: that click is the gesture the browser waits for.
export async function unlock() {
    try {
        return await tryResume(audioContext());
    } catch {
        return true;
    }
}

// While a critical alert waits to be seen, the alarm sounds again every interval, until someone says it was seen.
export function repeat(on, intervalMs) {
    clearInterval(repeating);
    repeating = on ? setInterval(() => alarm(), intervalMs) : 0;
}

export function loadMuted() {
    return localStorage.getItem("dashboard.live.muted") === "1";
}

export function saveMuted(muted) {
    localStorage.setItem("dashboard.live.muted", muted ? "1" : "0");
}
