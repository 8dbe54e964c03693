/*
 * Draws the timeline prepared by api/pages/timeline.py (items, rows and card fields come
 * embedded as JSON) and shows a card for the item chosen, scrolled into view. Further
 * screens of items come from the page's /timeline/items as the reader zooms or pans (or
 * asks), drawn the same way, up to the page's maximum. Once the first screen is painted,
 * the counts and the date brush's histogram come from /timeline/counts. Text goes in with
 * textContent, never as HTML: quotes come from news articles (labels and tooltips arrive
 * escaped for vis-timeline, which puts them in as HTML).
 */
(function () {
  "use strict";

  var DAY = 24 * 60 * 60 * 1000;
  var data = JSON.parse(document.getElementById("timeline-data").textContent);
  var container = document.getElementById("timeline");
  var card = document.getElementById("card");
  var loadMore = document.getElementById("load-more");
  var status = document.getElementById("timeline-status");
  var loaded = document.getElementById("timeline-loaded");
  var loading = false;
  var counts = document.getElementById("timeline-counts");
  if (counts) {
    // After the first paint: the counts are a pass over every matching claim.
    requestAnimationFrame(function () { setTimeout(loadCounts, 0); });
  }
  if (!data.items.length) {
    return;
  }

  var items = new vis.DataSet(data.items);
  var groups = new vis.DataSet(data.groups);
  var timeline = new vis.Timeline(container, items, groups, {
    groupOrder: "order",
    orientation: "top",
    stack: true,
    margin: { item: 6 },
    showCurrentTime: false,
    // One day is the finest the dates go: no axis in hours, minutes and milliseconds.
    zoomMin: DAY,
    // Dense stretches fold into one bubble per row; a double click zooms into it.
    cluster: {
      maxItems: 4,
      showStipes: true,
      fitOnDoubleClick: true,
      titleTemplate: "{count} items here: double-click to zoom in",
    },
  });
  fitAll();
  window.saidwhenTimeline = timeline;

  /* Open on the span the items cover, at least a week wide. */
  function fitAll() {
    var range = items.get().reduce(function (span, item) {
      var start = Date.parse(item.start), end = Date.parse(item.end || item.start);
      return { min: Math.min(span.min, start), max: Math.max(span.max, end) };
    }, { min: Infinity, max: -Infinity });
    var pad = Math.max(3 * DAY, (range.max - range.min) * 0.05);
    timeline.setWindow(range.min - pad, range.max + pad, { animation: false });
  }

  function field(name) {
    return card.querySelector('[data-field="' + name + '"]');
  }

  function showCard(item) {
    var who = item.speaker
      ? item.speaker.name
      : item.participants.map(function (p) { return p.name; }).join(", ");
    field("who").textContent = who || "Unattributed";
    field("verb").textContent = item.verb ? "(" + item.verb + ")" : item.kind;
    field("text").textContent = item.is_quote ? "\u201c" + item.text + "\u201d" : item.text;
    field("date").textContent = item.date_label + (item.precision ? " (" + item.precision + ")" : "");
    field("date_text").textContent = item.date_text ? "\u201c" + item.date_text + "\u201d" : "";
    field("confidence").textContent =
      item.confidence === null || item.confidence === undefined
        ? ""
        : "Confidence " + item.confidence.toFixed(2) + (item.faded ? " (low)" : "");
    field("topics").textContent = item.topics.length
      ? "Topics: " + item.topics.map(function (t) { return t.name || t; }).join(", ")
      : "";
    var link = field("link");
    link.hidden = !item.link;
    link.href = item.link || "#";
    card.dataset.itemId = item.id;
    card.hidden = false;
    card.scrollIntoView({ block: "nearest" });
  }

  function choose(itemId) {
    var chosen = items.get(itemId);
    if (chosen) {
      timeline.setSelection([itemId], { focus: true, animation: false });
      showCard(chosen);
    }
  }

  timeline.on("select", function (properties) {
    var chosen = properties.items.length ? items.get(properties.items[0]) : null;
    if (chosen) {
      showCard(chosen);
    }
  });

  /* The list of dated items is the keyboard's way in: each entry shows its item. */
  var datedList = document.getElementById("dated-list");
  datedList.addEventListener("click", function (event) {
    var button = event.target.closest("button.show-item");
    if (button) {
      choose(button.dataset.item);
    }
  });

  function listItem(item) {
    var entry = document.createElement("li");
    entry.appendChild(document.createTextNode(item.date_label + " · "));
    var button = document.createElement("button");
    button.type = "button";
    button.className = "show-item";
    button.dataset.item = item.id;
    button.textContent = item.label;
    entry.appendChild(button);
    datedList.appendChild(entry);
  }

  function undatedItem(item) {
    var entry = document.createElement("li");
    entry.className = "undated-item";
    var link = document.createElement(item.link ? "a" : "span");
    if (item.link) {
      link.href = item.link;
    }
    link.textContent = (item.speaker ? item.speaker.name + ": " : "") + item.text;
    entry.appendChild(link);
    document.getElementById("undated").appendChild(entry);
  }

  /* The next screen of items, drawn as the first; on zoom or pan, or on "load more". */
  function loadNext() {
    if (!loadMore || loading || !loadMore.dataset.next) {
      return;
    }
    if (items.length >= Number(loadMore.dataset.max)) {
      status.textContent = "That is as many as this page draws: narrow the filters for the rest.";
      loadMore.hidden = true;
      return;
    }
    loading = true;
    status.textContent = "Loading more…";
    getJson(loadMore.dataset.next)
      .then(function (screen) {
        groups.update(screen.groups.map(function (group) {
          var known = groups.get(group.id);
          return known ? known : Object.assign({}, group, { order: groups.length + group.order });
        }));
        items.update(screen.items);
        screen.items.forEach(listItem);
        screen.undated.forEach(undatedItem);
        loaded.textContent = String(Number(loaded.textContent) + screen.items.length + screen.undated.length);
        loadMore.dataset.next = screen.next_url || "";
        loadMore.hidden = !screen.next_url;
        status.textContent = screen.next_url ? "" : "All items loaded.";
        window.saidwhenTimelineScreens = (window.saidwhenTimelineScreens || 1) + 1;
      })
      .catch(function (error) {
        status.textContent = "Could not load more: " + error.message;
      })
      .finally(function () {
        loading = false;
      });
  }

  if (loadMore) {
    loadMore.addEventListener("click", loadNext);
    timeline.on("rangechanged", function (properties) {
      if (properties.byUser) {
        loadNext();
      }
    });
  }

  /* The range in view, as the filter form's dates: a brush over the axis. */
  var useWindow = document.getElementById("use-window");
  if (useWindow) {
    useWindow.addEventListener("click", function () {
      var inView = timeline.getWindow();
      var form = useWindow.form;
      form.elements.since.value = inView.start.toISOString().slice(0, 10);
      form.elements.until.value = inView.end.toISOString().slice(0, 10);
      form.submit();
    });
  }

  document.querySelectorAll("[data-zoom]").forEach(function (button) {
    button.addEventListener("click", function () {
      var how = button.dataset.zoom;
      if (how === "in") {
        timeline.zoomIn(0.5);
      } else if (how === "out") {
        timeline.zoomOut(0.5);
      } else {
        fitAll();
      }
    });
  });
  function getJson(url) {
    return fetch(url).then(function (response) {
      if (!response.ok) {
        throw new Error("HTTP " + response.status);
      }
      return response.json();
    });
  }

  function number(value) {
    return value.toLocaleString("en-US");
  }

  /* "of 9,412 (9,000 dated, 400 undated but placed …, 12 with no date)" and the brush. */
  function loadCounts() {
    getJson(counts.dataset.counts)
      .then(function (found) {
        var of = document.getElementById("timeline-of");
        of.textContent = "";
        of.appendChild(document.createTextNode("of " + number(found.total) + " ("));
        [["count-dated", found.dated, " dated, "],
         ["count-reported", found.reported, " undated but placed on the day they were reported, "],
         ["count-undated", found.undated, " with no date)"]].forEach(function (part) {
          var figure = document.createElement("span");
          figure.id = part[0];
          figure.textContent = number(part[1]);
          of.appendChild(figure);
          of.appendChild(document.createTextNode(part[2]));
        });
        counts.dataset.total = String(found.total);
        drawBrush(found.bins);
      })
      .catch(function (error) {
        document.getElementById("timeline-of").textContent = "(could not count: " + error.message + ")";
      });
  }

  /* The brush: a bar per year (or month) that, dragged across, shows only those dates (the
     form's since and until, submitted). Its span is the whole timeline's, in whole years
     (or months). */
  function drawBrush(bins) {
    var brush = document.getElementById("brush");
    var form = document.querySelector("form.filters");
    if (!brush || !form) {
      return;
    }
    if (!bins.length) {
      document.getElementById("brush-box").hidden = true;
      return;
    }
    var most = Math.max(1, Math.max.apply(null, bins.map(function (bin) { return bin.count; })));
    bins.forEach(function (bin, index) {
      var bar = document.createElement("span");
      bar.className = "bar";
      bar.dataset.label = bin.label;
      bar.title = bin.label + ": " + number(bin.count) + " items";
      bar.style.left = (index / bins.length) * 100 + "%";
      bar.style.width = 100 / bins.length + "%";
      bar.style.height = (bin.count ? Math.max(bin.count / most * 100, 6) : 0) + "%";
      brush.appendChild(bar);
    });
    document.getElementById("brush-first").textContent = bins[0].label;
    document.getElementById("brush-last").textContent = bins[bins.length - 1].label;
    var selection = brush.querySelector(".brush-selection");
    var first = Date.parse(bins[0].start);
    var end = Date.parse(bins[bins.length - 1].end);
    var startX = null;

    var fraction = function (event) {
      var box = brush.getBoundingClientRect();
      return Math.min(1, Math.max(0, (event.clientX - box.left) / box.width));
    };
    var day = function (part) {
      return new Date(first + part * (end - first)).toISOString().slice(0, 10);
    };
    var draw = function (from, to) {
      selection.hidden = false;
      selection.style.left = Math.min(from, to) * 100 + "%";
      selection.style.width = Math.abs(to - from) * 100 + "%";
    };
    brush.addEventListener("pointerdown", function (event) {
      startX = fraction(event);
      brush.setPointerCapture(event.pointerId);
      draw(startX, startX);
      event.preventDefault();
    });
    brush.addEventListener("pointermove", function (event) {
      if (startX !== null) {
        draw(startX, fraction(event));
      }
    });
    brush.addEventListener("pointerup", function (event) {
      if (startX === null) {
        return;
      }
      var from = Math.min(startX, fraction(event)), to = Math.max(startX, fraction(event));
      startX = null;
      if (to - from < 0.005) {
        selection.hidden = true;
        return;
      }
      form.elements.since.value = day(from);
      // The last day inside the selection: its end is exclusive.
      form.elements.until.value = day(to - 1 / ((end - first) / DAY));
      form.submit();
    });
  }
})();
