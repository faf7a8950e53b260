// The comparison chart: target vs realisasi per year (bars) and capaian (line, right axis). The series come from the
// server as invariant JSON; the table on the page shows the same figures without JavaScript.
(function () {
  const canvas = document.getElementById('grafik-perbandingan');
  if (!canvas || typeof Chart === 'undefined') return;
  const seri = JSON.parse(canvas.dataset.seri);
  const angka = (v) => (v === null || v === undefined ? '-' : Number(v).toLocaleString('id-ID', { maximumFractionDigits: 2 }));
  new Chart(canvas, {
    data: {
      labels: seri.tahun,
      datasets: [
        { type: 'bar', label: 'Target', data: seri.target, backgroundColor: 'rgba(108, 117, 125, 0.5)', yAxisID: 'nilai' },
        { type: 'bar', label: 'Realisasi', data: seri.realisasi, backgroundColor: 'rgba(13, 110, 253, 0.7)', yAxisID: 'nilai' },
        { type: 'line', label: 'Capaian (%)', data: seri.capaian, borderColor: 'rgb(25, 135, 84)', backgroundColor: 'rgb(25, 135, 84)', yAxisID: 'persen', spanGaps: false }
      ]
    },
    options: {
      responsive: true,
      interaction: { mode: 'index', intersect: false },
      scales: {
        nilai: { type: 'linear', position: 'left', title: { display: !!seri.satuan, text: seri.satuan || '' }, ticks: { callback: angka } },
        persen: { type: 'linear', position: 'right', title: { display: true, text: 'Capaian (%)' }, grid: { drawOnChartArea: false }, ticks: { callback: angka } }
      },
      plugins: {
        tooltip: { callbacks: { label: (c) => c.dataset.label + ': ' + angka(c.raw) } }
      }
    }
  });
})();
