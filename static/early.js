// The one script that runs before the first paint (a file, so a strict Content-Security-Policy
// with `script-src 'self'` lets it run; see docs/security.md). It
//  - marks that script runs (main.css hides script-only controls otherwise);
//  - when the address names another post (?post=), hides the prerendered post, so it is never
//    painted, and names the tab neutrally until the app reads that post;
//  - keeps the composer from being sent as a plain form before the app has started (that would
//    put the email in the address).
(function () {
  var root = document.documentElement;
  root.classList.add('lectern-js');
  if (new URLSearchParams(location.search).has('post')) {
    root.classList.add('lectern-client-post');
    document.title = 'Lectern';
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
