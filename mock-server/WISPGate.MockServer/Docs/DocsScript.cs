
namespace WISPGate.MockServer.Docs;

/// <summary>
/// The one script of the reference pages, inlined (no CDN): a copy button on every code block, this server's own URL in
/// the quick start, and the "Try it" form. Try it only ever calls this server: the URL is the page's origin plus the
/// operation's path, each path parameter one encoded segment (<c>.</c> and <c>..</c> refused), and a URL that the
/// browser would normalize to another path is not sent.
/// </summary>
internal static class DocsScript
{
    public const string Js = """
        (function () {
          document.querySelectorAll('pre').forEach(function (pre) {
            if (pre.closest('.try-result')) { return; }
            var button = document.createElement('button');
            button.type = 'button'; button.className = 'copy'; button.textContent = 'Copy';
            button.addEventListener('click', function () {
              var text = (pre.querySelector('code') || pre).innerText;
              (navigator.clipboard ? navigator.clipboard.writeText(text) : Promise.reject()).then(
                function () { button.textContent = 'Copied'; }, function () { button.textContent = 'Select and copy'; });
            });
            pre.appendChild(button);
          });
          document.querySelectorAll('.origin').forEach(function (el) { el.textContent = location.origin; });
          var form = document.querySelector('form.try');
          if (!form) { return; }
          form.addEventListener('submit', async function (event) {
            event.preventDefault();
            var result = form.querySelector('.try-result'), status = form.querySelector('.try-status');
            var bad = false;
            var path = form.dataset.path.replace(/\{([^}]+)\}/g, function (_, name) {
              var value = form.elements['param-' + name].value.trim();
              if (value === '' || value === '.' || value === '..') { bad = true; }
              return encodeURIComponent(value);
            });
            var query = form.elements['query'] ? form.elements['query'].value.trim().replace(/^\?/, '') : '';
            var url = new URL(path + (query ? '?' + query : ''), location.origin);
            result.hidden = false;
            if (bad || url.origin !== location.origin || url.pathname !== path) {
              status.textContent = 'Not sent: fill in every path parameter (one segment each).';
              return;
            }
            var headers = { 'Accept': 'application/json' };
            var token = form.elements['token'].value.trim();
            if (token) { headers['Authorization'] = 'Bearer ' + token; }
            if (form.elements['tenant'].value) { headers['X-Tenant-ID'] = form.elements['tenant'].value; }
            if (form.elements['idempotency_key'] && form.elements['idempotency_key'].value.trim()) {
              headers['X-Idempotency-Key'] = form.elements['idempotency_key'].value.trim();
            }
            var init = { method: form.dataset.method, headers: headers, credentials: 'omit', redirect: 'error', cache: 'no-store' };
            if (form.elements['body']) { headers['Content-Type'] = form.dataset.mediaType; init.body = form.elements['body'].value; }
            status.textContent = 'Sending…';
            try {
              var response = await fetch(url, init);
              var text = await response.text();
              status.textContent = response.status + ' ' + response.statusText;
              status.dataset.status = String(response.status);
              var lines = [];
              response.headers.forEach(function (value, name) { lines.push(name + ': ' + value); });
              form.querySelector('.try-headers').textContent = lines.join('\n');
              try { text = JSON.stringify(JSON.parse(text), null, 2); } catch (e) { }
              form.querySelector('.try-response').textContent = text;
            } catch (e) {
              status.textContent = 'No answer: ' + e.message;
            }
          });
        })();
        """;
}
