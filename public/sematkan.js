/* Jamsostek NTT: keeps embedded iframes (data-ucj-ntt) as tall as their content.
   Plain ES5 so it runs on any host page; no cookies, no other requests. */
(function () {
  if (window.__ucjNttSematkan) return;
  window.__ucjNttSematkan = true;
  window.addEventListener('message', function (e) {
    var d = e.data;
    if (!d || typeof d !== 'object' || d.type !== 'ucj-ntt:tinggi') return;
    var h = Math.round(Number(d.tinggi));
    if (!(h > 0 && h < 20000)) return;
    var frames = document.querySelectorAll('iframe[data-ucj-ntt]');
    for (var i = 0; i < frames.length; i++) {
      // Matching the sending window (not its origin) also works for sandboxed iframes,
      // whose origin is the opaque "null".
      if (frames[i].contentWindow === e.source) {
        frames[i].style.height = h + 'px';
        frames[i].setAttribute('height', String(h));
      }
    }
  });
})();
