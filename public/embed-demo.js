// The host side of the iframe embedding: size the frame to the height the portal reports.
window.addEventListener('message', (event) => {
  const frame = document.getElementById('zanger-frame');
  if (!frame || event.source !== frame.contentWindow) return;
  const data = event.data;
  if (data && data.type === 'zanger:height' && Number.isFinite(data.height)) {
    frame.style.height = Math.ceil(data.height) + 'px';
  }
});
