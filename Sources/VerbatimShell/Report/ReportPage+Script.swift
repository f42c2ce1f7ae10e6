extension ReportPage {
    /// The page's one script. It builds a large report's `noscript` chunks into sections as they
    /// come near the screen (all of them for a filter, a link to a section not built yet, or
    /// printing); shows the filter bar (hidden for readers without scripts, who see everything);
    /// and hides the occurrences, quotations and articles a filter leaves out, keeping each
    /// shown quotation's reference. It makes no request and reads nothing but the page.
    static let script = """
        "use strict";
        (function () {
          var form = document.getElementById("filters");
          if (!form) { return; }
          var fields = form.elements;
          var shown = document.getElementById("shown");
          var total = { groups: Number(document.getElementById("quotations").dataset.count),
                        articles: Number(document.getElementById("articles").dataset.count) };
          var chunks = Array.prototype.slice.call(document.querySelectorAll("div.later"));
          var groups = [], articles = [];
          function collect() {
            groups = Array.prototype.map.call(document.querySelectorAll("section.group"), function (group) {
              return { element: group, rows: Array.prototype.map.call(group.querySelectorAll("li.occurrence"), function (row) {
                return { element: row, data: row.dataset, words: null, match: true };
              }) };
            });
            articles = Array.prototype.slice.call(document.querySelectorAll("section.article"));
          }
          // A chunk's noscript holds the page's own markup, every text in it escaped when written.
          function build(chunk) {
            var holder = chunk.querySelector("noscript");
            if (!holder) { return false; }
            chunk.innerHTML = holder.textContent;
            return true;
          }
          function buildAll() {
            var built = false;
            chunks.forEach(function (chunk) { if (build(chunk)) { built = true; } });
            if (built) { collect(); }
          }
          function filtering() {
            return fields.verdict.value || fields.outlet.value || fields.speaker.value || fields.search.value.trim();
          }
          function matches(row, verdict, outlet, speaker, words) {
            if (verdict && row.data.verdict !== verdict) { return false; }
            if (outlet && row.data.outlet !== outlet) { return false; }
            if (speaker && row.data.speaker !== speaker) { return false; }
            if (words) {
              if (row.words === null) {
                row.words = [row.data.outlet, row.data.speaker, row.element.querySelector("blockquote").textContent].join("\\n").toLowerCase();
              }
              if (row.words.indexOf(words) < 0) { return false; }
            }
            return true;
          }
          function apply() {
            if (filtering()) { buildAll(); }
            var verdict = fields.verdict.value, outlet = fields.outlet.value, speaker = fields.speaker.value;
            var words = fields.search.value.trim().toLowerCase();
            var groupsShown = 0, articlesShown = 0, carried = {};
            groups.forEach(function (group) {
              var any = false;
              group.rows.forEach(function (row) {
                row.match = matches(row, verdict, outlet, speaker, words);
                if (row.match) { any = true; carried[row.data.article] = true; }
              });
              // A quotation shown keeps the occurrence the others are judged against, dimmed
              // when it does not match itself.
              group.rows.forEach(function (row) {
                var context = any && !row.match && row.data.verdict === "original";
                row.element.hidden = !row.match && !context;
                row.element.classList.toggle("context", context);
              });
              group.element.hidden = !any;
              if (any) { groupsShown += 1; }
            });
            articles.forEach(function (article) {
              var show = filtering() ? carried[article.dataset.article] === true : true;
              article.hidden = !show;
              if (show) { articlesShown += 1; }
            });
            if (!filtering()) { groupsShown = total.groups; articlesShown = total.articles; }
            shown.textContent = "Showing " + groupsShown + " of " + total.groups + " quotations and " +
              articlesShown + " of " + total.articles + " articles";
          }
          function reveal(id) {
            if (id && !document.getElementById(id)) {
              buildAll();
              apply();
              var target = document.getElementById(id);
              if (target) { target.scrollIntoView(); }
            }
          }
          collect();
          if (chunks.length > 0 && "IntersectionObserver" in window) {
            var observer = new IntersectionObserver(function (entries) {
              var built = false;
              entries.forEach(function (entry) {
                if (entry.isIntersecting) { observer.unobserve(entry.target); if (build(entry.target)) { built = true; } }
              });
              if (built) { collect(); apply(); }
            }, { rootMargin: "2000px 0px" });
            chunks.forEach(function (chunk) { observer.observe(chunk); });
          } else {
            buildAll();
          }
          var pending = 0;
          form.addEventListener("change", apply);
          form.addEventListener("input", function () { clearTimeout(pending); pending = setTimeout(apply, 150); });
          form.addEventListener("submit", function (event) { event.preventDefault(); apply(); });
          form.addEventListener("reset", function () { setTimeout(apply, 0); });
          document.addEventListener("click", function (event) {
            var link = event.target.closest ? event.target.closest("a[href^='#']") : null;
            if (link) { reveal(decodeURIComponent(link.getAttribute("href").slice(1))); }
          });
          window.addEventListener("hashchange", function () { reveal(decodeURIComponent(location.hash.slice(1))); });
          window.addEventListener("beforeprint", function () {
            buildAll();
            apply();
            Array.prototype.forEach.call(document.querySelectorAll("details"), function (details) { details.open = true; });
          });
          form.hidden = false;
          apply();
          reveal(decodeURIComponent(location.hash.slice(1)));
        })();
        """
}
