// Every htmx request carries the CSRF token that Spring Security put in the page's meta tags.
document.addEventListener('htmx:configRequest', function (event) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});

// A form with data-confirm asks before it is sent (deleting, discarding): the page's own script, as the
// content-security policy allows no inline handlers.
document.addEventListener('submit', function (event) {
  var form = event.target;
  if (form.id !== 'review-form' && form.id !== 'review-discard' && form.dataset.confirm
      && !window.confirm(form.dataset.confirm)) {
    event.preventDefault();
  }
});

// A submit button with data-confirm asks too (sending a report: after that it is locked until returned).
// The review page's own script asks for its buttons: asking here as well would ask twice.
document.addEventListener('submit', function (event) {
  var button = event.submitter;
  var form = event.target;
  if (!event.defaultPrevented && button && button.dataset.confirm && form.id !== 'review-form'
      && form.id !== 'review-discard' && !window.confirm(button.dataset.confirm)) {
    event.preventDefault();
  }
});
