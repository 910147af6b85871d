/* Jamsostek NTT, inside an embed. Loaded in <head> (a classic script: module scripts need
   CORS, which fails in a sandboxed iframe with an opaque origin). It
   - applies the partner's options: ?tema=terang|gelap|otomatis, ?judul=0 (hide title and
     description), ?sorot=<slug> (outline one kabupaten/kota). With JavaScript off these are
     ignored: the embed shows its defaults (light, with title, nothing highlighted);
   - reports the page height to the host: our own message (public/sematkan.js), the pym.js
     child protocol, and AMP's "embed-size" request (amp-iframe resizable). */
(function () {
  var root = document.documentElement;
  var params = new URLSearchParams(location.search);
  var tema = params.get('tema');
  if (tema === 'gelap' || tema === 'terang') root.setAttribute('data-tema', tema);
  else if (tema === 'otomatis') root.removeAttribute('data-tema');
  if (params.get('judul') === '0') root.setAttribute('data-judul', '0');
  var sorot = params.get('sorot');

  function highlight() {
    if (!sorot) return;
    var links = document.querySelectorAll('.peta-wilayah a[data-slug]');
    for (var i = 0; i < links.length; i++) {
      var a = links[i];
      if (a.getAttribute('data-slug') !== sorot) continue;
      a.classList.add('sorot');
      // Drawn last, so its outline is not covered by its neighbours' borders.
      a.parentNode.appendChild(a);
      var row = document.querySelector('tr[data-slug="' + sorot.replace(/[^a-z0-9-]/g, '') + '"]');
      if (row) row.classList.add('sorot');
    }
  }

  var inFrame = window.parent !== window;
  var pymId = params.get('childId');
  var last = -1;
  function send() {
    if (!inFrame || !document.body) return;
    var height = Math.ceil(root.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    window.parent.postMessage({ type: 'ucj-ntt:tinggi', tinggi: height }, '*');
    window.parent.postMessage({ sentinel: 'amp', type: 'embed-size', height: height }, '*');
    if (pymId) window.parent.postMessage('pymxPYMx' + pymId + 'xPYMxheightxPYMx' + height, '*');
  }

  function start() {
    highlight();
    if (!inFrame) return;
    if (window.ResizeObserver) new ResizeObserver(send).observe(root);
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
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
