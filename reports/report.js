// report.js: filters the rules table that the report writer rendered (the
// one renderer of the page) by status, family and text, and expands or
// collapses call logs. It adds no content of its own beyond the filter bar,
// so the page reads the same without it. Initial filters can be given in
// the URL: #status=fail,crash&family=names&q=text
(function () {
  "use strict";

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    (children || []).forEach(function (c) {
      if (c === null || c === undefined) return;
      node.appendChild(typeof c === "string" ? document.createTextNode(c) : c);
    });
    return node;
  }

  function parseHash() {
    var state = { statuses: null, family: "", q: "" };
    location.hash.replace(/^#/, "").split("&").forEach(function (part) {
      var kv = part.split("="), key = kv[0], value = decodeURIComponent(kv.slice(1).join("=") || "");
      if (key === "status" && value) state.statuses = value.split(",");
      if (key === "family") state.family = value;
      if (key === "q") state.q = value;
    });
    return state;
  }

  // The statuses, in the page's own order and with its own badges: the
  // filter buttons copy them from the status legend the writer rendered.
  function statusesOf(legend) {
    return Array.prototype.map.call(legend.querySelectorAll("[data-status]"), function (b) {
      return { status: b.getAttribute("data-status"), badge: b.cloneNode(true) };
    });
  }

  function Filters(rows, statuses) {
    var self = this;
    var initial = parseHash();
    this.rows = rows;
    this.statuses = statuses.map(function (s) { return s.status; });
    this.enabled = {};
    this.statuses.forEach(function (s) {
      self.enabled[s] = initial.statuses ? initial.statuses.indexOf(s) >= 0 : true;
    });
    var families = [];
    rows.forEach(function (r) {
      var f = r.getAttribute("data-family") || "";
      if (families.indexOf(f) < 0) families.push(f);
    });
    this.statusButtons = statuses.map(function (s) {
      var count = rows.filter(function (r) { return r.getAttribute("data-status") === s.status; }).length;
      var b = el("button", { "type": "button", "class": "filter-status st-" + s.status, "data-status": s.status,
        "aria-pressed": String(self.enabled[s.status]) }, [s.badge, " " + count]);
      b.addEventListener("click", function () { self.enabled[s.status] = !self.enabled[s.status]; self.apply(true); });
      return b;
    });
    this.family = el("select", { "id": "rtk-family-filter", "aria-label": "Family" },
      [el("option", { "value": "" }, ["All families"])].concat(families.map(function (f) {
        return el("option", { "value": f }, [f]); })));
    this.family.value = families.indexOf(initial.family) >= 0 ? initial.family : "";
    this.family.addEventListener("change", function () { self.apply(true); });
    this.search = el("input", { "type": "search", "id": "rtk-search", "placeholder": "Filter by ID, title, evidence" });
    this.search.value = initial.q;
    this.search.addEventListener("input", function () { self.apply(true); });
    var onlyProblems = el("button", { "type": "button", "id": "rtk-only-problems" }, ["Problems only"]);
    onlyProblems.addEventListener("click", function () {
      self.statuses.forEach(function (s) { self.enabled[s] = s !== "pass" && s !== "skip" && s !== "n/a"; });
      self.apply(true);
    });
    var showAll = el("button", { "type": "button", "id": "rtk-show-all" }, ["All statuses"]);
    showAll.addEventListener("click", function () {
      self.statuses.forEach(function (s) { self.enabled[s] = true; });
      self.apply(true);
    });
    var expand = el("button", { "type": "button", "id": "rtk-expand-all" }, ["Expand all"]);
    var collapse = el("button", { "type": "button", "id": "rtk-collapse-all" }, ["Collapse all"]);
    expand.addEventListener("click", function () { self.setOpen(true); });
    collapse.addEventListener("click", function () { self.setOpen(false); });
    this.shown = el("span", { "class": "shown", "id": "rtk-shown-count" }, []);
    this.node = el("div", { "class": "filters", "id": "rtk-filters", "role": "toolbar" },
      this.statusButtons.concat([onlyProblems, showAll, el("span", { "class": "sep" }), this.family, this.search,
        el("span", { "class": "sep" }), expand, collapse, this.shown]));
  }
  Filters.prototype.setOpen = function (open) {
    this.rows.forEach(function (row) {
      if (row.hidden) return;
      Array.prototype.forEach.call(row.querySelectorAll("details"), function (d) { d.open = open; });
    });
  };
  Filters.prototype.apply = function (updateHash) {
    var self = this, family = this.family.value, q = this.search.value.toLowerCase(), shown = 0;
    this.rows.forEach(function (row) {
      var status = row.getAttribute("data-status");
      var known = self.statuses.indexOf(status) >= 0;
      var visible = (!known || self.enabled[status]) && (!family || row.getAttribute("data-family") === family) &&
        (!q || row.textContent.toLowerCase().indexOf(q) >= 0);
      row.hidden = !visible;
      if (visible) shown += 1;
    });
    this.statusButtons.forEach(function (b) {
      b.setAttribute("aria-pressed", String(self.enabled[b.getAttribute("data-status")]));
    });
    this.shown.textContent = "Showing " + shown + " of " + this.rows.length + " rules";
    if (updateHash && history.replaceState) {
      var on = self.statuses.filter(function (s) { return self.enabled[s]; });
      var parts = [];
      if (on.length !== self.statuses.length) parts.push("status=" + on.join(","));
      if (family) parts.push("family=" + encodeURIComponent(family));
      if (this.search.value) parts.push("q=" + encodeURIComponent(this.search.value));
      history.replaceState(null, "", parts.length ? "#" + parts.join("&") : location.pathname + location.search);
    }
  };

  function main() {
    var table = document.getElementById("rtk-rules");
    var slot = document.getElementById("rtk-filters-slot");
    var legend = document.getElementById("rtk-status-legend");
    if (!table || !slot || !legend) return;
    var rows = Array.prototype.slice.call(table.tBodies[0].rows);
    var filters = new Filters(rows, statusesOf(legend));
    slot.appendChild(filters.node);
    filters.apply(false);
    document.body.setAttribute("data-rtk-filters", "on");
    if (location.hash.indexOf("#rule-") === 0) {
      var target = document.getElementById(location.hash.slice(1));
      if (target) target.scrollIntoView();
    }
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", main);
  else main();
})();
