// Small progressive enhancements: cookie consent, "Load more", video facades, tweet upgrade.
// Everything works without this file; it only makes the same actions smoother.
(function () {
  "use strict";

  var CONSENT_COOKIE = "cookie_consent";
  var CONSENT_MAX_AGE = 180 * 24 * 3600;
  var X_WIDGET = "https://platform.twitter.com/widgets.js";

  function consent() {
    var match = document.cookie.match(/(?:^|;\s*)cookie_consent=(accepted|rejected)/);
    return match ? match[1] : "";
  }

  function rememberConsent(choice) {
    var secure = location.protocol === "https:" ? "; Secure" : "";
    document.cookie = CONSENT_COOKIE + "=" + choice + "; Max-Age=" + CONSENT_MAX_AGE +
      "; Path=/; SameSite=Lax" + secure;
  }

  // X's script turns our stored posts into live embeds; it is loaded only after consent.
  function upgradeTweets() {
    if (consent() !== "accepted" || !document.querySelector("[data-tweet]")) return;
    if (document.querySelector('script[src="' + X_WIDGET + '"]')) return;
    document.querySelectorAll("[data-tweet] .tweet__quote").forEach(function (quote) {
      quote.classList.add("twitter-tweet");
    });
    var script = document.createElement("script");
    script.src = X_WIDGET;
    script.async = true;
    document.body.appendChild(script);
  }

  // The banner stays at the bottom of the window; reserving its height there makes the browser
  // scroll whatever takes the keyboard focus above it (WCAG 2.2: focus not obscured).
  function reserveSpaceFor(banner) {
    var root = document.documentElement;
    function update() {
      if (banner.hidden) root.style.removeProperty("--cookie-banner-size");
      else root.style.setProperty("--cookie-banner-size", banner.offsetHeight + "px");
    }
    update();
    if (window.ResizeObserver) new ResizeObserver(update).observe(banner);
  }

  function initCookieBanner() {
    var banner = document.querySelector("[data-cookie-banner]");
    if (!banner) return;
    if (consent()) {
      banner.hidden = true;
      return;
    }
    reserveSpaceFor(banner);
    banner.querySelector("form").addEventListener("submit", function (event) {
      var choice = event.submitter && event.submitter.value;
      if (choice !== "accepted" && choice !== "rejected") return;
      event.preventDefault();
      rememberConsent(choice);
      banner.hidden = true;
      upgradeTweets();
    });
  }

  // The address says which pages are on screen (?from=1&page=3) and the server renders that
  // range, so a reload or the back button brings back every article the visitor had loaded.
  // A named listing (the posts wall, ?posts=3) is rendered from its first page by the server:
  // its address is the link's own.
  function rememberPagesShown(link, name) {
    var params = new URLSearchParams(location.search);
    var next = new URL(link.href).searchParams;
    if (name) {
      next.forEach(function (value, key) { params.set(key, value); });
    } else {
      params.set("from", params.get("from") || params.get("page") || "1");
      params.set("page", next.get("page"));
    }
    history.replaceState(history.state, "", location.pathname + "?" + params + location.hash);
  }

  function initLoadMore(link) {
    var name = link.dataset.loadMore || "";
    var selector = '[data-listing="' + name + '"]';
    link.addEventListener("click", function (event) {
      event.preventDefault();
      var nav = link.closest(".load-more");
      var list = nav.previousElementSibling;
      link.setAttribute("aria-busy", "true");
      fetch(link.href, { headers: { "X-Requested-With": "fetch" }, credentials: "same-origin" })
        .then(function (response) {
          if (!response.ok) throw new Error(response.status);
          return response.text();
        })
        .then(function (html) {
          var doc = new DOMParser().parseFromString(html, "text/html");
          var items = doc.querySelectorAll(selector + " > li");
          var first = null;
          items.forEach(function (item) {
            if (item.id && document.getElementById(item.id)) return;  // already on screen
            var node = document.importNode(item, true);
            list.appendChild(node);
            first = first || node;
          });
          var next = doc.querySelector('[data-load-more="' + name + '"]');
          rememberPagesShown(link, name);
          if (next) {
            link.href = next.href;
            link.removeAttribute("aria-busy");
          } else {
            nav.remove();
          }
          if (first) {
            var target = first.querySelector("a") || first;
            target.focus();
          }
        })
        .catch(function () {
          window.location.href = link.href;  // fall back to the plain link
        });
    });
  }

  function initVideoFacade(facade) {
    var button = facade.querySelector("[data-video-play]");
    if (!button) return;
    button.hidden = false;
    button.addEventListener("click", function () {
      var iframe = document.createElement("iframe");
      iframe.src = facade.dataset.embedUrl;
      iframe.title = facade.dataset.title || "";
      iframe.allow = "autoplay; encrypted-media; picture-in-picture; fullscreen";
      iframe.allowFullscreen = true;
      iframe.className = "video-facade__iframe";
      var frame = facade.querySelector(".video-facade__frame");
      frame.replaceChildren(iframe);
      iframe.focus();
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    initCookieBanner();
    document.querySelectorAll("[data-load-more]").forEach(initLoadMore);
    document.querySelectorAll("[data-video-facade]").forEach(initVideoFacade);
    upgradeTweets();
  });
})();
