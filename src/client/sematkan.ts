// The embed dialog on map pages: options, live preview, copy buttons. The codes themselves
// come from the same builders as the build's (src/lib/sematan-kode.ts), so what a partner
// copies after changing an option is what the build would have printed for it.
import { alamatSematan, kodeAmp, kodeIframe, kodeStatis, type SematanKode } from '#lib/sematan-kode.ts';

function enhance(box: HTMLElement) {
  if (box.dataset.siap) return;
  box.dataset.siap = '1';
  const d = box.dataset;
  const opsi = box.querySelector<HTMLElement>('[data-sematkan-opsi]')!;
  const status = box.querySelector<HTMLElement>('.sematkan-status')!;
  const wadah = box.querySelector<HTMLElement>('.sematkan-pratinjau-wadah')!;
  const preview = document.createElement('iframe');
  preview.className = 'sematkan-pratinjau';
  preview.height = wadah.dataset.tinggi ?? '700';
  preview.title = wadah.dataset.pratinjauJudul ?? '';
  const indikator = box.querySelector<HTMLSelectElement>('[data-opsi="indikator"]')!;
  const tema = box.querySelector<HTMLSelectElement>('[data-opsi="tema"]')!;
  const sorot = box.querySelector<HTMLSelectElement>('[data-opsi="sorot"]')!;
  const judul = box.querySelector<HTMLInputElement>('[data-opsi="judul"]')!;
  const areas = new Map(
    [...box.querySelectorAll<HTMLElement>('[data-kode-sematan]')].map((el) => [
      el.dataset.kodeSematan!,
      el.querySelector('textarea')!,
    ]),
  );
  opsi.hidden = false;
  const open = () => {
    if (!box.hasAttribute('open') || preview.isConnected) return;
    wadah.hidden = false;
    wadah.append(preview);
    render();
  };
  box.addEventListener('toggle', open);

  for (const area of areas.values()) {
    const copy = document.createElement('button');
    copy.type = 'button';
    copy.textContent = d.salin ?? '';
    area.after(copy);
    copy.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(area.value);
        status.textContent = d.disalin ?? '';
      } catch {
        area.select();
        status.textContent = d.salinManual ?? '';
      }
    });
  }

  const render = () => {
    const varian = box.querySelector<HTMLInputElement>('[data-opsi="varian"]:checked')!;
    const option = indikator.selectedOptions[0]!;
    const path = `embed/${varian.value}/${option.value}/`;
    const options = { tema: tema.value, temaBawaan: d.temaBawaan, judul: judul.checked, sorot: sorot.value };
    // The preview is always our own page, so it works in a preview build too.
    const local = alamatSematan(new URL(path, new URL(d.basis ?? '/', location.href)).href, options);
    if (preview.isConnected && preview.src !== local) preview.src = local;
    preview.title = `${wadah.dataset.pratinjauJudul}: ${option.dataset[varian.value === 'petak' ? 'judulPetak' : 'judulPeta']}`;
    preview.height = varian.dataset.tinggi ?? preview.height;
    if (!d.alamat) return;
    const k: SematanKode = {
      src: alamatSematan(new URL(path, d.alamat).href, options),
      skrip: d.skrip ?? '',
      halaman: new URL(`peta/${option.value}/`, d.alamat).href,
      gambar: new URL(
        varian.value === 'petak' ? `peta/petak/${option.value}.png` : `peta/${option.value}.png`,
        d.alamat,
      ).href,
      gambarLebar: 1200,
      gambarTinggi: Number(option.dataset[varian.value === 'petak' ? 'gambarPetak' : 'gambarPeta']),
      judul: option.dataset[varian.value === 'petak' ? 'judulPetak' : 'judulPeta'] ?? '',
      tinggi: Number(varian.dataset.tinggi),
      teksLuapan: d.luapan ?? '',
    };
    const set = (id: string, text: string) => {
      const area = areas.get(id);
      if (area) area.value = text;
    };
    set('iframe', kodeIframe(k));
    // The pinned code exists for the choropleth of a recorded release only.
    const tetap = box.querySelector<HTMLElement>('[data-kode="iframe-tetap"]');
    if (tetap && d.versiTetap) {
      tetap.hidden = varian.value !== 'peta';
      set(
        'iframe-tetap',
        kodeIframe({
          ...k,
          src: alamatSematan(new URL(`embed/${d.versiTetap}/peta/${option.value}/`, d.alamat).href, options),
          // Its fallback image is the release's own (src/lib/sematan.ts jalurGambar).
          gambar: new URL(`embed/${d.versiTetap}/peta/${option.value}.png`, d.alamat).href,
        }),
      );
    }
    set('amp', kodeAmp(k));
    set('statis', kodeStatis(k));
  };
  open();
  box.addEventListener('input', render);
  box.addEventListener('change', render);
  // The preview grows with its content, like a partner's frame with our resizer.
  window.addEventListener('message', (e) => {
    const m = e.data as { type?: string; tinggi?: number } | null;
    if (e.source === preview.contentWindow && m && m.type === 'ucj-ntt:tinggi' && Number(m.tinggi) > 0)
      preview.style.height = `${Math.round(Number(m.tinggi))}px`;
  });
}

export function enhanceEmbedDialogs() {
  const run = () => document.querySelectorAll<HTMLElement>('[data-sematkan]').forEach(enhance);
  run();
  document.addEventListener('peta:ganti', run);
}
