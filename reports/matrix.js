// matrix.js: filters for the conformance matrix page (rendered fully as
// HTML by the writer). "Differences only" keeps rules whose status is not
// the same in every column; the text box matches ID and title.
(function () {
  "use strict";
  function main() {
    var table = document.getElementById("rtk-matrix");
    var slot = document.getElementById("rtk-matrix-filters");
    if (!table || !slot) return;
    var rows = Array.prototype.slice.call(table.tBodies[0].rows);
    var differs = document.createElement("input");
    differs.type = "checkbox";
    differs.id = "rtk-differs-only";
    var label = document.createElement("label");
    label.appendChild(differs);
    label.appendChild(document.createTextNode(" Differences only"));
    var search = document.createElement("input");
    search.type = "search";
    search.id = "rtk-matrix-search";
    search.placeholder = "Filter by ID or title";
    var shown = document.createElement("span");
    shown.className = "shown";
    shown.id = "rtk-matrix-shown";
    function apply() {
      var q = search.value.toLowerCase(), n = 0;
      rows.forEach(function (row) {
        var visible = (!differs.checked || row.getAttribute("data-differs") === "1") &&
          (!q || row.cells[0].textContent.toLowerCase().indexOf(q) >= 0 ||
            row.cells[2].textContent.toLowerCase().indexOf(q) >= 0);
        row.hidden = !visible;
        if (visible) n += 1;
      });
      shown.textContent = "Showing " + n + " of " + rows.length + " rules";
    }
    differs.addEventListener("change", apply);
    search.addEventListener("input", apply);
    differs.checked = location.hash === "#differs";
    var bar = document.createElement("div");
    bar.className = "filters";
    bar.id = "rtk-filters";
    [label, search, shown].forEach(function (n) { bar.appendChild(n); });
    slot.appendChild(bar);
    apply();
    document.body.setAttribute("data-rtk-rendered", "js");
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", main);
  else main();
})();
