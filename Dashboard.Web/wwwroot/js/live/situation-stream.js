// The live view's SignalR connection to /hubs/situation. Pushed events can arrive out of order and a dropped
// connection loses pushes, so the stream keeps a mark: every event up to it is known to have been received, because
// it came in a catch-up, which reads the durable log in order. On every (re)connect and every half minute it asks the
// hub for what came after the mark, so a dropped connection or a restarted server loses nothing; a set of sequence
// numbers seen above the mark drops the duplicates. Events are buffered and handed to .NET at most every FLUSH_MS: a flood of reports arrives as a few
// batches, not as thousands of renders.
const FLUSH_MS = 300;
const CATCH_UP_EVERY_MS = 30_000;
const RETRY_DELAYS_MS = [0, 1000, 2000, 5000, 10000];

export function connect(dotNet, hubUrl, after) {
    let mark = after;
    let buffer = [];
    let timer = 0;
    let stopped = false;
    const seen = new Set();

    const connection = new signalR.HubConnectionBuilder()
        .withUrl(hubUrl)
        .withAutomaticReconnect({ nextRetryDelayInMilliseconds: ctx => RETRY_DELAYS_MS[Math.min(ctx.previousRetryCount, RETRY_DELAYS_MS.length - 1)] })
        .configureLogging(signalR.LogLevel.Warning)
        .build();

    function state(name) {
        dotNet.invokeMethodAsync("OnConnectionState", name).catch(() => { });
    }

    function receive(events) {
        for (const e of events) {
            if (e.sequence <= mark || seen.has(e.sequence)) continue;
            seen.add(e.sequence);
            buffer.push(e);
        }
        if (!timer) timer = setTimeout(flush, FLUSH_MS);
    }

    function flush() {
        timer = 0;
        if (buffer.length === 0) return;
        const batch = buffer.sort((a, b) => a.sequence - b.sequence);
        buffer = [];
        // As text: .NET reads it with the hub's own JSON options (enums as names), not Blazor's.
        dotNet.invokeMethodAsync("OnEvents", JSON.stringify(batch)).catch(error => console.warn("live stream: could not deliver events", error));
    }

    async function catchUp() {
        // A full page means more is waiting: keep asking from the newest of the page.
        let from = mark;
        for (;;) {
            const page = await connection.invoke("CatchUp", from);
            receive(page);
            if (page.length > 0) from = page[page.length - 1].sequence;
            if (page.length < 500) break;
        }
        // Everything up to here came from the log in order; below the mark nothing more can arrive.
        mark = Math.max(mark, from);
        for (const s of seen) if (s <= mark) seen.delete(s);
    }

    async function catchUpQuietly() {
        try {
            await catchUp();
        } catch (error) {
            // The next reconnect or the half-minute sweep tries again from the same mark.
            console.warn("live stream: catch-up failed", error);
        }
    }

    async function start() {
        while (!stopped) {
            try {
                state("connecting");
                await connection.start();
            } catch (error) {
                console.warn("live stream: could not connect", error);
                state("disconnected");
                await new Promise(r => setTimeout(r, 3000));
                continue;
            }
            state("connected");
            await catchUpQuietly();
            return;
        }
    }

    connection.on("Events", receive);
    connection.onreconnecting(() => state("reconnecting"));
    connection.onreconnected(async () => { state("connected"); await catchUpQuietly(); });
    connection.onclose(() => { if (!stopped) { state("disconnected"); start(); } });
    const sweep = setInterval(() => { if (connection.state === "Connected") catchUpQuietly(); }, CATCH_UP_EVERY_MS);
    start();

    return {
        // For tests and the connection badge: drop the connection as a network failure would.
        async interrupt() {
            await connection.stop();
        },
        async dispose() {
            stopped = true;
            clearInterval(sweep);
            clearTimeout(timer);
            await connection.stop();
        },
    };
}

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
