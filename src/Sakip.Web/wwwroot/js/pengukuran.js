// Live capaian while typing: the server computes it with the same Core rules and explains it.
(function () {
  const script = document.currentScript;
  const params = { indikator: script.dataset.indikator, tahun: script.dataset.tahun, periode: script.dataset.periode };
  const field = (name) => document.getElementById('Form_' + name);
  let timer;
  async function refresh() {
    const query = new URLSearchParams(params);
    for (const [name, key] of [['Nilai', 'realisasi'], ['Pembilang', 'pembilang'], ['Penyebut', 'penyebut']]) {
      if (field(name) && field(name).value.trim() !== '') query.set(key, field(name).value.trim());
    }
    const response = await fetch('/api/v1/capaian/pratinjau?' + query, { headers: { Accept: 'application/json' } });
    if (!response.ok) return;
    const body = await response.json();
    document.getElementById('capaian').textContent = body.capaian_tampil;
    document.getElementById('kategori').textContent = body.kategori ?? '';
    document.getElementById('penjelasan').textContent = body.penjelasan;
  }
  document.querySelectorAll('input.live').forEach((input) =>
    input.addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(refresh, 250); }));
})();
