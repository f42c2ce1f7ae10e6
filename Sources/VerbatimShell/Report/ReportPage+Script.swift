extension ReportPage {
    /// The page's one script: shows the filter bar (hidden for readers without scripts, who
    /// see everything) and hides the occurrences, quotations and articles it leaves out,
    /// keeping each shown quotation's reference. It makes no request and reads nothing but the
    /// page.
    static let script = """
        "use strict";
        (function () {
          var form = document.getElementById("filters");
          if (!form) { return; }
          var fields = form.elements;
          var groups = Array.prototype.map.call(document.querySelectorAll("section.group"), function (group) {
            return { element: group, rows: Array.prototype.map.call(group.querySelectorAll("li.occurrence"), function (row) {
              return { element: row, data: row.dataset, words: null, match: true };
            }) };
          });
          var articles = Array.prototype.slice.call(document.querySelectorAll("section.article"));
          var shown = document.getElementById("shown");
          var total = { groups: groups.length, articles: articles.length };
          function matches(row, verdict, outlet, speaker, words) {
            if (verdict && row.data.verdict !== verdict) { return false; }
            if (outlet && row.data.outlet !== outlet) { return false; }
            if (speaker && row.data.speaker !== speaker) { return false; }
            if (words) {
              if (row.words === null) { row.words = row.element.textContent.toLowerCase(); }
              if (row.words.indexOf(words) < 0) { return false; }
            }
            return true;
          }
          function apply() {
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
            var filtering = verdict || outlet || speaker || words;
            articles.forEach(function (article) {
              var show = filtering ? carried[article.dataset.article] === true : true;
              article.hidden = !show;
              if (show) { articlesShown += 1; }
            });
            shown.textContent = "Showing " + groupsShown + " of " + total.groups + " quotations and " +
              articlesShown + " of " + total.articles + " articles";
          }
          var pending = 0;
          form.addEventListener("change", apply);
          form.addEventListener("input", function () { clearTimeout(pending); pending = setTimeout(apply, 150); });
          form.addEventListener("submit", function (event) { event.preventDefault(); apply(); });
          form.addEventListener("reset", function () { setTimeout(apply, 0); });
          window.addEventListener("beforeprint", function () {
            Array.prototype.forEach.call(document.querySelectorAll("details"), function (details) { details.open = true; });
          });
          form.hidden = false;
          apply();
        })();
        """
}
