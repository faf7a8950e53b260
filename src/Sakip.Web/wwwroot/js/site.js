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
  // A document made on the server (a PDF takes seconds) says so while it is being made: data-busy names the status
  // element, data-busy-text what it says. The download itself keeps the page, so the text stays until the next action.
  document.querySelectorAll('[data-busy]').forEach((trigger) => {
    const show = () => {
      const status = document.querySelector(trigger.dataset.busy);
      if (status) {
        status.textContent = trigger.dataset.busyText;
        status.classList.add('busy');
      }
    };
    trigger.addEventListener(trigger.tagName === 'FORM' ? 'submit' : 'click', show);
  });
})();
