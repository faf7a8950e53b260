// Behaviour every page shares, as a file: the Content-Security-Policy allows no inline script or event handlers.
(function () {
  // A year or unit picker submits its form as soon as a value is chosen.
  document.querySelectorAll('[data-submit-on-change]').forEach((field) =>
    field.addEventListener('change', () => field.form.submit()));
  // A destructive form asks first; the text is in data-confirm.
  document.querySelectorAll('form[data-confirm]').forEach((form) =>
    form.addEventListener('submit', (event) => {
      if (!confirm(form.dataset.confirm)) event.preventDefault();
    }));
})();
