// Hovering a mark lights every mark of the same entity, repair or piece of
// boilerplate in both panes; clicking an article scrolls the source to it.
(function () {
  "use strict";
  function keys(el) {
    var out = [];
    [["ents", "data-ents"], ["reps", "data-reps"]].forEach(function (a) {
      var v = el.getAttribute(a[1]);
      if (v) v.split(" ").forEach(function (i) { out.push("[" + a[1] + '~="' + i + '"]'); });
    });
    var bp = el.getAttribute("data-bp");
    if (bp !== null) out.push('[data-bp="' + bp + '"]', '[data-bp-item="' + bp + '"]');
    return out;
  }
  var lit = [];
  document.addEventListener("mouseover", function (ev) {
    var el = ev.target.closest("[data-ents],[data-reps],[data-bp]");
    lit.forEach(function (x) { x.classList.remove("hl"); });
    lit = [];
    if (!el) return;
    var sel = keys(el).join(",");
    if (sel) lit = Array.prototype.slice.call(document.querySelectorAll(sel));
    lit.forEach(function (x) { x.classList.add("hl"); });
  });
  document.addEventListener("click", function (ev) {
    var a = ev.target.closest("article[data-art]");
    if (!a) return;
    var first = document.querySelector('.src [data-art="' + a.getAttribute("data-art") + '"]');
    if (first) first.scrollIntoView({ block: "center" });
  });
})();
