// The LKE worksheet recomputes sub-component, component and total scores and the grade as answers are chosen, the
// same way the server does on save (LkeScoring): mean of the criteria (unanswered = 0) × weight. The server's figures
// stay authoritative; this only spares a round trip while filling.
(function () {
  const summary = document.getElementById('ringkasan');
  if (!summary) return;
  const bands = summary.dataset.bands.split(';').map((b) => {
    const [label, lower, upper, inclusive, full] = b.split('|');
    return { lower: lower === '' ? null : Number(lower), upper: upper === '' ? null : Number(upper), inclusive: inclusive === '1', label: full || label };
  });
  const number = new Intl.NumberFormat('id-ID', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const grade = (total) => {
    const band = bands.find((b) => (b.lower === null || (b.inclusive ? total >= b.lower : total > b.lower)) && (b.upper === null || total <= b.upper));
    return band ? band.label : '';
  };
  const valueOf = (cell) => {
    if (cell.tagName === 'SELECT') {
      const option = cell.selectedOptions[0];
      return option && option.dataset.value ? Number(option.dataset.value) : null;
    }
    return cell.dataset.value ? Number(cell.dataset.value) : null;
  };
  const recompute = () => {
    ['usulan', 'penetapan'].forEach((col) => {
      const components = {};
      let total = 0;
      let answered = 0;
      document.querySelectorAll('tbody[data-sub]').forEach((sub) => {
        const cells = sub.querySelectorAll(`[data-col="${col}"]`);
        let sum = 0;
        cells.forEach((cell) => {
          const v = valueOf(cell);
          if (v !== null) { sum += v; answered += 1; }
        });
        const score = cells.length ? (sum / cells.length) * Number(sub.dataset.weight) : 0;
        const shown = sub.querySelector(`[data-sub-score="${col}"]`);
        if (shown) shown.textContent = number.format(score);
        components[sub.dataset.component] = (components[sub.dataset.component] || 0) + score;
        total += score;
      });
      Object.entries(components).forEach(([code, score]) => {
        const cell = summary.querySelector(`[data-component="${code}"][data-col="${col}"]`);
        if (cell) cell.textContent = number.format(score);
      });
      const count = document.querySelectorAll(`tbody[data-sub] [data-col="${col}"]`).length;
      document.getElementById(`total-${col}`).textContent = number.format(total);
      document.getElementById(`predikat-${col}`).textContent = grade(Math.round(total * 1e6) / 1e6);
      document.getElementById(`dijawab-${col}`).textContent = `${answered} dari ${count}`;
    });
  };
  document.querySelectorAll('select.lke-answer').forEach((select) => select.addEventListener('change', recompute));
})();
