// The demo's window onto window.dataLayer: what a tag manager would read, shown after each CTA event.
const shown = document.querySelector('#datalayer');
const show = () => {
  shown.textContent = JSON.stringify(window.dataLayer ?? [], null, 2);
};
for (const type of ['clinic-cta-click', 'clinic-booking-complete', 'clinic-form-success']) {
  document.addEventListener(type, () => queueMicrotask(show));
}
show();
