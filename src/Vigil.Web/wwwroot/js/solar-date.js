// A Solar Hijri month grid beside a date box (input.solar-date): the reader picks a day and the box gets it as they
// would type it ("1401/06/30", or «۱۴۰۱/۰۶/۳۰» in Persian digits). The server reads the box; this only helps fill it.
// The calendar comes from the server (data-solar-from, data-nowruz, data-year-lengths: the Gregorian day of each
// year's 1 Farvardin and each year's length), so a day picked here is the day the server stores.
(function () {
  "use strict";
  var DAY = 86400000;

  function digitsOf(text, persian) {
    return persian ? String(text).replace(/[0-9]/g, function (d) { return String.fromCharCode(0x6F0 + Number(d)); }) : String(text);
  }

  function latin(text) {
    return text.replace(/[\u06F0-\u06F9]/g, function (d) { return String(d.charCodeAt(0) - 0x6F0); })
      .replace(/[\u0660-\u0669]/g, function (d) { return String(d.charCodeAt(0) - 0x660); });
  }

  function pad(n, width) { var s = String(n); while (s.length < width) { s = "0" + s; } return s; }

  function Calendar(input) {
    var from = Number(input.getAttribute("data-solar-from"));
    var first = Date.parse(input.getAttribute("data-nowruz") + "T00:00:00Z") / DAY;
    var lengths = input.getAttribute("data-year-lengths");
    var starts = [first];
    for (var i = 0; i < lengths.length; i++) { starts.push(starts[i] + (lengths.charAt(i) === "6" ? 366 : 365)); }
    this.minYear = from;
    this.maxYear = from + lengths.length - 1;
    this.nowruz = function (year) { return starts[year - from]; };
    this.daysInMonth = function (year, month) {
      return month <= 6 ? 31 : month <= 11 ? 30 : starts[year - from + 1] - starts[year - from] - 336;
    };
    this.dayNumber = function (year, month, day) {
      return starts[year - from] + (month <= 6 ? (month - 1) * 31 : 186 + (month - 7) * 30) + day - 1;
    };
    this.fromDayNumber = function (n) {
      for (var y = this.maxYear; y >= this.minYear; y--) {
        if (starts[y - from] <= n) {
          var offset = n - starts[y - from];
          // Six months of 31 days, then of 30 (Esfand's 30th, in a leap year, is offset 365: month 12, day 30).
          return offset < 186
            ? { year: y, month: Math.floor(offset / 31) + 1, day: offset % 31 + 1 }
            : { year: y, month: Math.floor((offset - 186) / 30) + 7, day: (offset - 186) % 30 + 1 };
        }
      }
      return null;
    };
  }

  function el(tag, className, text) {
    var e = document.createElement(tag);
    if (className) { e.className = className; }
    if (text !== undefined) { e.textContent = text; }
    return e;
  }

  // A small calendar drawn as SVG: no icon font, no emoji (which the bundled fonts lack).
  function icon() {
    var ns = "http://www.w3.org/2000/svg";
    var svg = document.createElementNS(ns, "svg");
    svg.setAttribute("viewBox", "0 0 16 16");
    svg.setAttribute("width", "18");
    svg.setAttribute("height", "18");
    svg.setAttribute("aria-hidden", "true");
    [["rect", { x: "1.5", y: "3", width: "13", height: "11.5", rx: "1.5", fill: "none", stroke: "currentColor" }],
     ["line", { x1: "1.5", y1: "6.5", x2: "14.5", y2: "6.5", stroke: "currentColor" }],
     ["line", { x1: "5", y1: "1.5", x2: "5", y2: "4.5", stroke: "currentColor" }],
     ["line", { x1: "11", y1: "1.5", x2: "11", y2: "4.5", stroke: "currentColor" }]].forEach(function (part) {
      var shape = document.createElementNS(ns, part[0]);
      Object.keys(part[1]).forEach(function (name) { shape.setAttribute(name, part[1][name]); });
      svg.appendChild(shape);
    });
    return svg;
  }

  function attach(input) {
    var calendar = new Calendar(input);
    var persian = input.getAttribute("data-persian-digits") === "true";
    var months = input.getAttribute("data-months").split(",");
    var weekdays = input.getAttribute("data-weekdays").split(" ");
    var shown = null;

    var toggle = el("button", "solar-date-toggle");
    toggle.appendChild(icon());
    toggle.type = "button";
    toggle.setAttribute("aria-label", input.getAttribute("data-choose"));
    toggle.setAttribute("aria-expanded", "false");
    toggle.title = input.getAttribute("data-choose");
    var panel = el("div", "solar-picker");
    panel.hidden = true;
    panel.setAttribute("role", "dialog");
    panel.setAttribute("aria-label", input.getAttribute("data-choose"));
    input.insertAdjacentElement("afterend", toggle);
    toggle.insertAdjacentElement("afterend", panel);

    // The day in the box, if it reads as a Solar year-month-day; else today.
    function typed() {
      var parts = latin(input.value).split(/[\/\-. ]+/).filter(function (p) { return p.length > 0; }).map(Number);
      if (parts.length === 3 && parts[0] >= calendar.minYear && parts[0] <= calendar.maxYear && parts[1] >= 1 && parts[1] <= 12
          && parts[2] >= 1 && parts[2] <= calendar.daysInMonth(parts[0], parts[1])) {
        return { year: parts[0], month: parts[1], day: parts[2] };
      }
      return null;
    }

    function draw(year, month) {
      shown = { year: year, month: month };
      panel.textContent = "";
      var head = el("div", "solar-picker-head");
      // Earlier months lie to the right in a right-to-left page: the arrows point the way the months go.
      var rtl = getComputedStyle(panel).direction === "rtl";
      var previous = el("button", "solar-picker-previous", rtl ? "›" : "‹");
      previous.type = "button";
      previous.setAttribute("aria-label", input.getAttribute("data-previous"));
      var next = el("button", "solar-picker-next", rtl ? "‹" : "›");
      next.type = "button";
      next.setAttribute("aria-label", input.getAttribute("data-next"));
      var title = el("span", "solar-picker-title", months[month - 1] + " " + digitsOf(year, persian));
      title.setAttribute("aria-live", "polite");
      head.appendChild(previous);
      head.appendChild(title);
      head.appendChild(next);
      panel.appendChild(head);
      previous.addEventListener("click", function () { step(-1); });
      next.addEventListener("click", function () { step(1); });

      var grid = el("table", "solar-picker-grid");
      var row = el("tr");
      weekdays.forEach(function (w) { row.appendChild(el("th", null, w)); });
      var thead = el("thead");
      thead.appendChild(row);
      grid.appendChild(thead);
      var body = el("tbody");
      // Weeks start on Saturday (getUTCDay 6), as in Iran.
      var lead = (new Date(calendar.dayNumber(year, month, 1) * DAY).getUTCDay() + 1) % 7;
      var chosen = typed();
      row = el("tr");
      for (var i = 0; i < lead; i++) { row.appendChild(el("td")); }
      for (var day = 1; day <= calendar.daysInMonth(year, month); day++) {
        if (row.children.length === 7) { body.appendChild(row); row = el("tr"); }
        var cell = el("td");
        var pick = el("button", "solar-picker-day", digitsOf(day, persian));
        pick.type = "button";
        pick.setAttribute("data-day", String(day));
        if (chosen && chosen.year === year && chosen.month === month && chosen.day === day) { pick.setAttribute("aria-pressed", "true"); }
        pick.addEventListener("click", choose);
        cell.appendChild(pick);
        row.appendChild(cell);
      }
      body.appendChild(row);
      grid.appendChild(body);
      panel.appendChild(grid);
    }

    function step(by) {
      var month = shown.month + by;
      var year = shown.year;
      if (month < 1) { month = 12; year--; }
      if (month > 12) { month = 1; year++; }
      if (year >= calendar.minYear && year <= calendar.maxYear) { draw(year, month); }
    }

    function choose(event) {
      var day = Number(event.currentTarget.getAttribute("data-day"));
      input.value = digitsOf(pad(shown.year, 4) + "/" + pad(shown.month, 2) + "/" + pad(day, 2), persian);
      input.dispatchEvent(new Event("change", { bubbles: true }));
      close();
      input.focus();
    }

    function open() {
      var at = typed() || calendar.fromDayNumber(Math.floor(Date.now() / DAY));
      if (!at) { return; }
      draw(at.year, at.month);
      panel.hidden = false;
      toggle.setAttribute("aria-expanded", "true");
      var focus = panel.querySelector("[aria-pressed=true]") || panel.querySelector(".solar-picker-day");
      if (focus) { focus.focus(); }
    }

    function close() {
      panel.hidden = true;
      toggle.setAttribute("aria-expanded", "false");
    }

    toggle.addEventListener("click", function () { if (panel.hidden) { open(); } else { close(); } });
    panel.addEventListener("keydown", function (event) {
      if (event.key === "Escape") { event.preventDefault(); close(); toggle.focus(); }
    });
    // A click elsewhere closes the grid. The path is taken at dispatch: a month button clicked inside the grid has
    // already been redrawn away (detached) by the time this runs.
    document.addEventListener("click", function (event) {
      var path = event.composedPath();
      if (!panel.hidden && path.indexOf(panel) < 0 && path.indexOf(toggle) < 0 && event.target !== input) { close(); }
    });
  }

  Array.prototype.forEach.call(document.querySelectorAll("input.solar-date[data-nowruz]"), attach);
}());
