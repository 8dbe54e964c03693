/*
 * Draws the timeline prepared by api/pages/timeline.py (items, rows and card fields come
 * embedded as JSON) and shows a card for the item clicked. Text goes in with textContent,
 * never as HTML: quotes come from news articles.
 */
(function () {
  "use strict";

  var data = JSON.parse(document.getElementById("timeline-data").textContent);
  var container = document.getElementById("timeline");
  var card = document.getElementById("card");
  if (!data.items.length) {
    return;
  }

  var items = new vis.DataSet(data.items);
  var timeline = new vis.Timeline(container, items, new vis.DataSet(data.groups), {
    groupOrder: "order",
    orientation: "top",
    stack: true,
    margin: { item: 6 },
    showCurrentTime: false,
    // Dense stretches fold into one bubble per row; a double click zooms into it.
    cluster: {
      maxItems: 4,
      showStipes: true,
      fitOnDoubleClick: true,
      titleTemplate: "{count} items here: double-click to zoom in",
    },
  });
  // Open on the span the items cover, not on today's date.
  timeline.fit({ animation: false });
  window.saidwhenTimeline = timeline;

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
  }

  timeline.on("select", function (properties) {
    var chosen = properties.items.length ? items.get(properties.items[0]) : null;
    if (chosen) {
      showCard(chosen);
    }
  });

  document.querySelectorAll("[data-zoom]").forEach(function (button) {
    button.addEventListener("click", function () {
      var how = button.dataset.zoom;
      if (how === "in") {
        timeline.zoomIn(0.5);
      } else if (how === "out") {
        timeline.zoomOut(0.5);
      } else {
        timeline.fit();
      }
    });
  });
})();
