// The dashboard's map and timeline. Everything is served by Vigil itself: no tiles, no CDN, no fonts from elsewhere.
(function () {
  "use strict";

  // The gazetteer's province names (as stored with incidents) → the boundary file's name_en.
  var BOUNDARY_NAMES = {
    "East Azerbaijan": "East Azarbaijan", "West Azerbaijan": "West Azarbaijan", "Isfahan": "Esfahan", "Kurdistan": "Kordestan",
    "Razavi Khorasan": "Khorasan Razavi", "Kohgiluyeh and Boyer-Ahmad": "Kohgiluyeh and Buyer Ahmad",
    "Chaharmahal and Bakhtiari": "Chahar Mahall and Bakhtiari", "Alborz": "Karaj", "Ardabil": "Ardebil"
  };
  // One clearly different colour per type (killing and attack were two reds, execution and other two greys);
  // the same values as the --t-* variables in site.css.
  var TYPE_COLOURS = {
    protest: "#1f77b4", riot: "#ff7f0e", killing: "#b2182b", injury: "#e377c2", arrest: "#6a3d9a", execution: "#111111",
    attack: "#bcbd22", property_destruction: "#8c564b", graffiti_poster: "#17becf", strike: "#2ca02c", other: "#9aa3ad"
  };
  // The page's words in the reader's language (JSON in a data attribute, rendered with the localizer): no English here.
  var TEXT = JSON.parse(document.getElementById("dashboard-text").getAttribute("data-text"));
  function digits(value) {
    var s = String(value);
    return TEXT.persianDigits ? s.replace(/[0-9]/g, function (c) { return String.fromCharCode(0x06F0 + (c.charCodeAt(0) - 48)); }) : s;
  }
  function format(template, value) { return template.replace("{0}", digits(value)); }
  function incidents(count) { return format(count === 1 ? TEXT.oneIncident : TEXT.incidents, count); }
  var SHADES = ["#f7fbff", "#c6dbef", "#6baed6", "#2171b5", "#08306b"];

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined) { e.textContent = text; }
    return e;
  }

  function classBreaks(max) {
    // Five classes: 0, then four equal-ish steps up to the maximum (at least 1 apart).
    if (max <= 4) { return [0, 1, 2, 3, 4].map(function (v) { return Math.min(v, Math.max(max, 1)); }); }
    var step = max / 4;
    return [0, 1, Math.ceil(step * 2), Math.ceil(step * 3), max];
  }

  function drawMap(stats) {
    var box = document.getElementById("map");
    if (!box || typeof L === "undefined") { return; }
    var map = L.map(box, { zoomSnap: 0.25, minZoom: 4, maxZoom: 10, attributionControl: true });
    map.attributionControl.setPrefix(false);
    map.attributionControl.addAttribution(TEXT.attribution);
    var counts = {};
    Object.keys(stats.byProvince).forEach(function (name) {
      var key = BOUNDARY_NAMES[name] || name;
      counts[key] = (counts[key] || 0) + stats.byProvince[name];
    });
    var max = 0;
    Object.keys(counts).forEach(function (k) { max = Math.max(max, counts[k]); });
    var breaks = classBreaks(max);
    function shade(c) {
      if (!c) { return SHADES[0]; }
      if (c <= breaks[1]) { return SHADES[1]; }
      if (c <= breaks[2]) { return SHADES[2]; }
      if (c <= breaks[3]) { return SHADES[3]; }
      return SHADES[4];
    }

    fetch("/data/iran-provinces.geojson", { credentials: "same-origin" }).then(function (r) { return r.json(); }).then(function (geo) {
      // The boundary file holds closed line strings: draw each as a polygon.
      geo.features.forEach(function (f) {
        if (f.geometry.type === "LineString") { f.geometry = { type: "Polygon", coordinates: [f.geometry.coordinates] }; }
      });
      var layer = L.geoJSON(geo, {
        style: function (f) {
          var c = counts[f.properties.name_en] || 0;
          return { color: "#5b6673", weight: 1, fillColor: shade(c), fillOpacity: 0.85 };
        },
        onEachFeature: function (f, l) {
          var c = counts[f.properties.name_en] || 0;
          var tip = el("div");
          tip.appendChild(el("strong", null, f.properties.name_en));
          tip.appendChild(el("span", null, " · " + f.properties.name));
          tip.appendChild(el("div", null, incidents(c)));
          l.bindTooltip(tip, { sticky: true });
        }
      }).addTo(map);
      map.fitBounds(layer.getBounds(), { padding: [8, 8] });
      var maxPoint = 1;
      stats.points.forEach(function (p) { maxPoint = Math.max(maxPoint, p.count); });
      stats.points.forEach(function (p) {
        var m = L.circleMarker([p.latitude, p.longitude], {
          radius: 3 + 9 * Math.sqrt(p.count / maxPoint), color: "#7f1d1d", weight: 1, fillColor: "#e4572e", fillOpacity: 0.8
        }).addTo(map);
        m.bindTooltip(p.place + ": " + incidents(p.count));
      });
      box.setAttribute("data-ready", "true");
    });

    var legend = document.getElementById("map-legend");
    if (legend) {
      legend.appendChild(el("span", null, TEXT.legendTitle));
      var labels = [TEXT.none];
      for (var i = 1; i < 5; i++) {
        var lo = i === 1 ? 1 : breaks[i - 1] + 1, hi = breaks[i];
        labels.push(lo >= hi ? digits(hi) : digits(lo) + "–" + digits(hi));
      }
      var seen = {};
      labels.forEach(function (label, i) {
        if (i > 0 && (max === 0 || seen[label] || breaks[i] < (i === 1 ? 1 : breaks[i - 1] + 1))) { return; }
        seen[label] = true;
        var step = el("span", "step");
        var b = el("span", "box");
        b.style.background = SHADES[i];
        step.appendChild(b);
        step.appendChild(el("span", null, label));
        legend.appendChild(step);
      });
      var dot = el("span", "step");
      var d = el("span", "box");
      d.style.background = "#e4572e";
      d.style.borderRadius = "50%";
      dot.appendChild(d);
      dot.appendChild(el("span", null, TEXT.city));
      legend.appendChild(dot);
    }
  }

  function drawTimeline(stats) {
    var canvas = document.getElementById("timeline");
    if (!canvas || typeof Chart === "undefined") { return; }
    // Labelled by the page in the reader's calendar (Solar Hijri weeks with Persian digits for Solar readers).
    var weeks = stats.weeks.map(function (w) { return TEXT.periods[w.week] || w.week; });
    var types = {};
    stats.weeks.forEach(function (w) { Object.keys(w.byType).forEach(function (t) { types[t] = true; }); });
    var datasets = Object.keys(types).sort().map(function (t) {
      return {
        label: TEXT.types[t] || t.replace(/_/g, " "),
        data: stats.weeks.map(function (w) { return w.byType[t] || 0; }),
        backgroundColor: TYPE_COLOURS[t] || TYPE_COLOURS.other,
        stack: "types"
      };
    });
    new Chart(canvas, {
      type: "bar",
      data: { labels: weeks, datasets: datasets },
      options: {
        responsive: true, maintainAspectRatio: false, animation: false,
        plugins: {
          legend: { position: "bottom", labels: { boxWidth: 12 } },
          tooltip: { callbacks: { title: function (items) { return stats.timelineUnit === "month" ? items[0].label : format(TEXT.weekStarting, items[0].label); } } }
        },
        scales: {
          // Time runs right to left in a right-to-left page, as Persian charts draw it.
          x: { stacked: true, reverse: document.documentElement.dir === "rtl", title: { display: true, text: stats.timelineUnit === "month" ? TEXT.monthAxis : TEXT.weekAxis } },
          y: { stacked: true, beginAtZero: true, ticks: { precision: 0 }, title: { display: true, text: TEXT.countAxis } }
        }
      }
    });
    canvas.setAttribute("data-ready", "true");
  }

  var box = document.getElementById("map");
  var source = box ? box.getAttribute("data-stats") : null;
  if (!source) { return; }
  fetch(source, { credentials: "same-origin", headers: { "Accept": "application/json" } })
    .then(function (r) { return r.json(); })
    .then(function (stats) { drawMap(stats); drawTimeline(stats); });
}());
