// Runs inside the embed: tells the host page our height (our own message and the pym.js
// child protocol), and applies the theme the host asked for.

const MESSAGE = 'ucj-ntt:tinggi';

export function startEmbedChild() {
  const params = new URLSearchParams(location.search);
  const tema = params.get('tema');
  if (tema === 'gelap' || tema === 'terang') document.documentElement.dataset.tema = tema;
  if (window.parent === window) return;

  // pym.js parents add childId to the URL and listen for "pymxPYMx<id>xPYMxheightxPYMx<px>".
  const pymId = params.get('childId');
  let last = -1;
  const send = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    window.parent.postMessage({ type: MESSAGE, tinggi: height }, '*');
    if (pymId) window.parent.postMessage(`pymxPYMx${pymId}xPYMxheightxPYMx${height}`, '*');
  };
  new ResizeObserver(send).observe(document.documentElement);
  window.addEventListener('load', send);
  // A pym parent asks again when its width changes; answer with the new height.
  window.addEventListener('message', (e) => {
    if (typeof e.data === 'string' && pymId && e.data.startsWith(`pymxPYMx${pymId}xPYMxwidth`)) {
      last = -1;
      requestAnimationFrame(send);
    }
  });
  send();
}
