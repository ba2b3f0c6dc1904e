// report.js: renders the rules table of report.html from the embedded
// results JSON and adds filtering (status, family, text) and expand/collapse.
// The page already holds the same tables as plain HTML, so anything failing
// here leaves a readable report. Data is inserted with textContent only:
// evidence quotes implementation output and must never become markup.
// Initial filters can be given in the URL: #status=fail,crash&family=names&q=text
(function () {
  "use strict";
  var STATUSES = ["pass", "fail", "skip", "crash", "timeout", "error"];

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    (children || []).forEach(function (c) {
      if (c === null || c === undefined) return;
      node.appendChild(typeof c === "string" ? document.createTextNode(c) : c);
    });
    return node;
  }
  // Control characters are shown as \xNN, as the plain-HTML tables do.
  function str(v) {
    if (v === null || v === undefined) return "";
    return String(v).replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, function (c) {
      var code = c.charCodeAt(0);
      return code <= 0xFF ? "\\x" + ("0" + code.toString(16).toUpperCase()).slice(-2)
        : "\\u" + code.toString(16).toUpperCase();
    });
  }
  function arr(v) { return Array.isArray(v) ? v : []; }
  function statusClass(s) { return STATUSES.indexOf(s) >= 0 ? "st-" + s : "st-unknown"; }
  function badge(s) { return el("span", { "class": "badge " + statusClass(s) }, [s || "none"]); }

  function callsTable(calls) {
    var body = el("tbody", {}, calls.map(function (c, i) {
      return el("tr", {}, [el("td", {}, [String(i + 1)]), el("td", {}, [str(c.peer)]),
        el("td", {}, [str(c.call)]), el("td", {}, [str(c.status)]),
        el("td", {}, [str(c.status_name)]), el("td", {}, [str(c.detail)])]);
    }));
    var head = el("thead", {}, [el("tr", {}, ["#", "Peer", "Call", "Status", "Name", "Detail"].map(
      function (h) { return el("th", {}, [h]); }))]);
    return el("table", { "class": "calls" }, [head, body]);
  }

  function callLog(rule) {
    var tests = arr(rule.tests);
    if (tests.length === 0) return null;
    var calls = tests.reduce(function (n, t) { return n + arr(t.calls).length; }, 0);
    var summary = el("summary", {}, ["Call log: " + tests.length + (tests.length === 1 ? " test, " : " tests, ") +
      calls + (calls === 1 ? " call" : " calls")]);
    var blocks = tests.map(function (t) {
      var messages = arr(t.messages);
      return el("div", { "class": "test" }, [
        el("div", { "class": "test-head" }, [badge(str(t.status)), " " + str(t.name) + " ",
          el("span", { "class": "muted" }, [str(t.duration_ms || 0) + " ms"])]),
        messages.length ? el("ul", { "class": "messages" }, messages.map(function (m) {
          return el("li", {}, [str(m)]); })) : null,
        arr(t.calls).length ? callsTable(arr(t.calls)) : null]);
    });
    return el("details", { "class": "calllog" }, [summary].concat(blocks));
  }

  function ruleRow(rule) {
    var id = str(rule.id), status = str(rule.status), level = str(rule.level);
    var evidence = arr(rule.evidence).map(str).join("\n");
    var statusCell = el("td", { "class": "status" }, [badge(status),
      el("div", { "class": "muted" }, [str(rule.duration_ms || 0) + " ms"]),
      rule.counts_for_verdict === false ? el("div", { "class": "muted" }, ["not counted"]) : null]);
    var evidenceCell = el("td", { "class": "evidence" }, [
      str(rule.observed) ? el("div", { "class": "observed" }, ["observed: " + str(rule.observed)]) : null,
      evidence ? el("pre", { "class": "evidence" }, [evidence]) : null,
      callLog(rule)]);
    return el("tr", { "class": "rule-row " + statusClass(status), "id": "rule-" + id, "data-rule-id": id,
      "data-status": status, "data-family": str(rule.family) }, [
      el("td", { "class": "rule-id" }, [el("code", {}, [id]), el("div", { "class": "family" }, [str(rule.family)])]),
      el("td", { "class": "level lvl-" + level }, [level]),
      el("td", { "class": "rule-text" }, [el("div", { "class": "title" }, [str(rule.title)]),
        str(rule.source) ? el("blockquote", { "class": "source" }, [str(rule.source)]) : null]),
      statusCell, evidenceCell]);
  }

  function rulesTable(rules) {
    var head = el("thead", {}, [el("tr", {}, ["Rule", "Level", "Requirement", "Status", "Evidence"].map(
      function (h) { return el("th", {}, [h]); }))]);
    return el("table", { "class": "rules", "id": "rtk-rules", "data-source": "js" },
      [head, el("tbody", {}, rules.map(ruleRow))]);
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

  function Filters(rules, rows) {
    var self = this;
    var initial = parseHash();
    var counts = {};
    STATUSES.forEach(function (s) { counts[s] = 0; });
    rules.forEach(function (r) { if (counts[r.status] !== undefined) counts[r.status] += 1; });
    this.enabled = {};
    STATUSES.forEach(function (s) {
      self.enabled[s] = initial.statuses ? initial.statuses.indexOf(s) >= 0 : true;
    });
    var families = [];
    rules.forEach(function (r) { if (families.indexOf(str(r.family)) < 0) families.push(str(r.family)); });

    this.statusButtons = STATUSES.map(function (s) {
      var b = el("button", { "type": "button", "class": "filter-status " + statusClass(s), "data-status": s,
        "aria-pressed": String(self.enabled[s]) }, [badge(s), " " + counts[s]]);
      b.addEventListener("click", function () { self.enabled[s] = !self.enabled[s]; self.apply(true); });
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
      STATUSES.forEach(function (s) { self.enabled[s] = s !== "pass" && s !== "skip"; });
      self.apply(true);
    });
    var showAll = el("button", { "type": "button", "id": "rtk-show-all" }, ["All statuses"]);
    showAll.addEventListener("click", function () {
      STATUSES.forEach(function (s) { self.enabled[s] = true; });
      self.apply(true);
    });
    var expand = el("button", { "type": "button", "id": "rtk-expand-all" }, ["Expand all"]);
    var collapse = el("button", { "type": "button", "id": "rtk-collapse-all" }, ["Collapse all"]);
    expand.addEventListener("click", function () { self.setOpen(true); });
    collapse.addEventListener("click", function () { self.setOpen(false); });
    this.shown = el("span", { "class": "shown", "id": "rtk-shown-count" }, []);
    this.rows = rows;
    this.rules = rules;
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
    this.rows.forEach(function (row, i) {
      var rule = self.rules[i];
      var known = STATUSES.indexOf(str(rule.status)) >= 0;
      var visible = (!known || self.enabled[rule.status]) && (!family || str(rule.family) === family) &&
        (!q || row.textContent.toLowerCase().indexOf(q) >= 0);
      row.hidden = !visible;
      if (visible) shown += 1;
    });
    this.statusButtons.forEach(function (b) {
      b.setAttribute("aria-pressed", String(self.enabled[b.getAttribute("data-status")]));
    });
    this.shown.textContent = "Showing " + shown + " of " + this.rows.length + " rules";
    if (updateHash && history.replaceState) {
      var on = STATUSES.filter(function (s) { return self.enabled[s]; });
      var parts = [];
      if (on.length !== STATUSES.length) parts.push("status=" + on.join(","));
      if (family) parts.push("family=" + encodeURIComponent(family));
      if (this.search.value) parts.push("q=" + encodeURIComponent(this.search.value));
      history.replaceState(null, "", parts.length ? "#" + parts.join("&") : location.pathname + location.search);
    }
  };

  function updateVerdictDetail(results) {
    var breaking = arr(results.rules).filter(function (r) {
      return r.counts_for_verdict !== false && r.status !== "pass" && r.status !== "skip";
    }).length;
    var detail = document.getElementById("rtk-verdict-detail");
    if (!detail) return;
    detail.textContent = breaking === 0 ? "every rule that counts passed or was skipped"
      : breaking + (breaking === 1 ? " rule" : " rules") + " that count for the verdict did not pass";
    var expected = breaking === 0 ? "conformant" : "not-conformant";
    if (results.verdict !== expected) {
      detail.textContent += " (results.json says " + str(results.verdict) + ")";
    }
  }

  function main() {
    var data = document.getElementById("rtk-results");
    var old = document.getElementById("rtk-rules");
    var slot = document.getElementById("rtk-filters-slot");
    if (!data || !old || !slot) return;
    var results;
    try { results = JSON.parse(data.textContent); } catch (e) { return; }
    var rules = arr(results.rules).filter(function (r) { return r && typeof r === "object"; });
    var table = rulesTable(rules);
    old.parentNode.replaceChild(table, old);
    var rows = Array.prototype.slice.call(table.tBodies[0].rows);
    var filters = new Filters(rules, rows);
    slot.appendChild(filters.node);
    filters.apply(false);
    updateVerdictDetail(results);
    document.body.setAttribute("data-rtk-rendered", "js");
    if (location.hash.indexOf("#rule-") === 0) {
      var target = document.getElementById(location.hash.slice(1));
      if (target) target.scrollIntoView();
    }
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", main);
  else main();
})();
