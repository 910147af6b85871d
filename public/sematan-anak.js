/* Jamsostek NTT, inside an embed: reports the page height to the host (our own message and
   the pym.js child protocol) and applies ?tema=gelap|terang. A classic script on purpose:
   module scripts need CORS, which fails in a sandboxed iframe with an opaque origin. */
(function () {
  var params = new URLSearchParams(location.search);
  var tema = params.get('tema');
  if (tema === 'gelap' || tema === 'terang') document.documentElement.setAttribute('data-tema', tema);
  if (window.parent === window) return;
  var pymId = params.get('childId');
  var last = -1;
  function send() {
    var height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    window.parent.postMessage({ type: 'ucj-ntt:tinggi', tinggi: height }, '*');
    if (pymId) window.parent.postMessage('pymxPYMx' + pymId + 'xPYMxheightxPYMx' + height, '*');
  }
  if (window.ResizeObserver) new ResizeObserver(send).observe(document.documentElement);
  window.addEventListener('resize', send);
  window.addEventListener('load', send);
  window.addEventListener('message', function (e) {
    // A pym parent sends its width when it changes; answer with the new height.
    if (typeof e.data === 'string' && pymId && e.data.indexOf('pymxPYMx' + pymId + 'xPYMxwidth') === 0) {
      last = -1;
      requestAnimationFrame(send);
    }
  });
  send();
})();
