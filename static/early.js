// The one script that runs before the first paint (a file, so a strict Content-Security-Policy
// with `script-src 'self'` lets it run; see docs/security.md). It
//  - marks that script runs (main.css hides script-only controls otherwise);
//  - when the address names another post (?post=), hides the prerendered post, so it is never
//    painted, and names the tab neutrally until the app reads that post;
//  - applies the reader's text settings (size, width, spacing, font, theme) saved by the app,
//    so the first paint is already in them: each stored field becomes a `data-lectern-<field>`
//    attribute that main.css reads (the app owns the values; this only copies plain words);
//  - keeps the composer from being sent as a plain form before the app has started (that would
//    put the email in the address).
(function () {
  var root = document.documentElement;
  root.classList.add('lectern-js');
  if (new URLSearchParams(location.search).has('post')) {
    root.classList.add('lectern-client-post');
    document.title = 'Lectern';
  }
  try {
    var saved = JSON.parse(localStorage.getItem('lectern:settings') || '{}');
    for (var name in saved) {
      var value = saved[name];
      if (/^[a-z]+$/.test(name) && typeof value === 'string' && /^[a-z0-9]+$/.test(value)) {
        root.setAttribute('data-lectern-' + name, value);
      }
    }
  } catch (unreadable) {
    // Storage blocked or the saved text unreadable: the post's own look.
  }
  addEventListener(
    'submit',
    function (event) {
      var form = event.target;
      if (form.closest && form.closest('#lectern .comment-form')) event.preventDefault();
    },
    true,
  );
})();
