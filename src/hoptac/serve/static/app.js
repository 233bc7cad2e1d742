// hoptac: live filtering without a framework. Forms marked data-live="#target" refresh
// the target with the server-rendered fragment (X-Partial: 1) as the user types.
// The server escapes everything it renders; no inline scripts are needed (strict CSP).
(function () {
  "use strict";

  function debounce(fn, ms) {
    var t = null;
    return function () {
      var args = arguments;
      clearTimeout(t);
      t = setTimeout(function () { fn.apply(null, args); }, ms);
    };
  }

  function formUrl(form) {
    var params = new URLSearchParams();
    new FormData(form).forEach(function (value, key) {
      if (value !== "") { params.append(key, value); }
    });
    var action = form.getAttribute("action") || window.location.pathname;
    var qs = params.toString();
    return action + (qs ? "?" + qs : "");
  }

  var pending = null;

  function refresh(form) {
    var target = document.querySelector(form.getAttribute("data-live"));
    if (!target) { return; }
    var url = formUrl(form);
    if (pending) { pending.abort(); }
    pending = new AbortController();
    target.setAttribute("aria-busy", "true");
    fetch(url, { headers: { "X-Partial": "1" }, signal: pending.signal, credentials: "same-origin" })
      .then(function (r) { return r.ok ? r.text() : Promise.reject(r.status); })
      .then(function (html) {
        target.innerHTML = html;
        target.removeAttribute("aria-busy");
        window.history.replaceState(null, "", url);
      })
      .catch(function (e) {
        if (e && e.name === "AbortError") { return; }
        target.removeAttribute("aria-busy");
      });
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("form[data-live]").forEach(function (form) {
      var live = debounce(function () { refresh(form); }, 250);
      form.addEventListener("input", live);
      form.addEventListener("change", live);
    });
    document.querySelectorAll("[data-print]").forEach(function (btn) {
      btn.addEventListener("click", function () { window.print(); });
    });
  });
})();
