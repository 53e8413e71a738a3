// What both benchmark pages need: a status the xtask reads (the title), a real task boundary so that
// WebDriver's polling is answered, and the resolution of performance.now().

export function status(text) {
  document.title = text;
  document.getElementById('status').textContent = text;
}

// A real task boundary (no 4 ms timer clamp), so that WebDriver's polling is answered.
export function yieldToBrowser() {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(0);
  });
}

export function timerResolution() {
  let smallest = Infinity;
  for (let i = 0; i < 200; i++) {
    const a = performance.now();
    let b = performance.now();
    while (b === a) b = performance.now();
    smallest = Math.min(smallest, b - a);
  }
  return smallest;
}

// Runs `run` once the page has loaded and puts its results (or the error) in #results, with the title
// "done" (or "error") for the xtask to read.
export function start(run) {
  const show = (value, state) => {
    document.getElementById('results').textContent = JSON.stringify(value, null, 1);
    status(state);
  };
  window.addEventListener('load', () => {
    setTimeout(() => {
      run().then(
        (results) => show(results, 'done'),
        (e) => show({ error: String(e && e.stack ? e.stack : e) }, 'error'),
      );
    }, 0);
  });
}
