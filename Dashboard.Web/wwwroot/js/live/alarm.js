// The live view's alarm and its mute setting, kept in the browser: the only things of the live view that must be.

// A short two-tone alarm made on the spot: no audio file to ship or fetch.
export function alarm() {
    try {
        const audio = new (window.AudioContext || window.webkitAudioContext)();
        const gain = audio.createGain();
        gain.gain.value = 0.08;
        gain.connect(audio.destination);
        [880, 660].forEach((hz, i) => {
            const tone = audio.createOscillator();
            tone.frequency.value = hz;
            tone.connect(gain);
            tone.start(audio.currentTime + i * 0.18);
            tone.stop(audio.currentTime + i * 0.18 + 0.15);
        });
        setTimeout(() => audio.close(), 800);
    } catch {
        // No audio device (a server, a locked-down browser): the toast still shows.
    }
}

export function loadMuted() {
    return localStorage.getItem("dashboard.live.muted") === "1";
}

export function saveMuted(muted) {
    localStorage.setItem("dashboard.live.muted", muted ? "1" : "0");
}
