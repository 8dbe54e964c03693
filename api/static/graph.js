/*
 * Runs after the network page's own script (templates/pyvis_offline.html), which draws the
 * graph and turns physics off once the layout has settled. Records when that happened (for
 * the reader and the browser tests) and makes the drawing explorable:
 *   - a click on a node adds its neighbours (GET /graph/neighbours, drawn as the page is);
 *   - a double click opens the node's page;
 *   - a click on an edge lists the passages behind it (GET /v1/graph/evidence);
 *   - "Find in the drawing" selects and centres a node by name.
 * Every name goes into the page as text (textContent, option.value), never as HTML.
 */
(function () {
  "use strict";

  var status = document.getElementById("graph-status");
  var header = document.getElementById("content");
  var evidence = document.getElementById("edge-evidence");
  var expanded = {};
  var clickTimer = null;

  function settled() {
    var milliseconds = Math.round(performance.now());
    window.saidwhenGraphSettledMs = milliseconds;
    status.textContent = "Layout settled in " + (milliseconds / 1000).toFixed(1) + " s.";
  }

  if (network.physics.physicsEnabled === false || nodes.length === 0) {
    settled();
  } else {
    network.once("stabilizationIterationsDone", settled);
  }

  function field(name) {
    return evidence.querySelector('[data-field="' + name + '"]');
  }

  function refreshNames() {
    var list = document.getElementById("node-names");
    list.replaceChildren();
    nodes.get({ fields: ["label"] }).forEach(function (node) {
      var option = document.createElement("option");
      option.value = node.label;
      list.appendChild(option);
    });
  }

  function expand(nodeId) {
    if (expanded[nodeId]) {
      return;
    }
    expanded[nodeId] = true;
    var query = new URLSearchParams({ center: nodeId, topics: header.dataset.topics });
    status.textContent = "Adding neighbours…";
    fetch("/graph/neighbours?" + query.toString())
      .then(function (response) {
        if (!response.ok) {
          throw new Error("HTTP " + response.status);
        }
        return response.json();
      })
      .then(function (found) {
        var position = network.getPosition(nodeId);
        var added = found.nodes.filter(function (node) { return !nodes.get(node.id); });
        added.forEach(function (node, index) {
          var angle = (2 * Math.PI * index) / Math.max(added.length, 1);
          node.x = position.x + 120 * Math.cos(angle);
          node.y = position.y + 120 * Math.sin(angle);
        });
        nodes.add(added);
        edges.update(found.edges.map(styledEdge));
        refreshNames();
        status.textContent = added.length + " neighbours added.";
        window.saidwhenGraphExpanded = (window.saidwhenGraphExpanded || 0) + 1;
      })
      .catch(function (error) {
        expanded[nodeId] = false;
        status.textContent = "Could not add neighbours: " + error.message;
      });
  }

  function showEvidence(edge) {
    var query = new URLSearchParams({ source: edge.from, target: edge.to, type: edge.type });
    fetch("/v1/graph/evidence?" + query.toString())
      .then(function (response) { return response.json(); })
      .then(function (page) {
        var from = nodes.get(edge.from), to = nodes.get(edge.to);
        field("title").textContent =
          edge.type + ": " + (from ? from.label : edge.from) + " · " + (to ? to.label : edge.to) +
          " (" + page.total + ")";
        var list = field("items");
        list.replaceChildren();
        page.evidence.forEach(function (item) {
          var entry = document.createElement("li");
          var link = document.createElement("a");
          link.href = item.kind === "claim"
            ? "/claims/" + encodeURIComponent(item.item_id)
            : "/documents/" + encodeURIComponent(item.document_id) +
              "?start=" + item.start + "&end=" + item.end + "#passage";
          link.textContent = item.text;
          entry.appendChild(link);
          list.appendChild(entry);
        });
        evidence.hidden = false;
      });
  }

  // A double click also fires two clicks: wait a moment before expanding.
  network.on("click", function (params) {
    if (params.nodes.length) {
      var nodeId = params.nodes[0];
      clearTimeout(clickTimer);
      clickTimer = setTimeout(function () { expand(nodeId); }, 250);
    } else if (params.edges.length) {
      showEvidence(edges.get(params.edges[0]));
    }
  });

  network.on("doubleClick", function (params) {
    clearTimeout(clickTimer);
    var node = params.nodes.length ? nodes.get(params.nodes[0]) : null;
    if (node && node.url) {
      window.location = node.url;
    }
  });

  field("close").addEventListener("click", function () { evidence.hidden = true; });

  document.getElementById("find-node").addEventListener("submit", function (event) {
    event.preventDefault();
    var wanted = document.getElementById("find-input").value.trim().toLowerCase();
    var found = nodes.get({
      filter: function (node) { return String(node.label).toLowerCase() === wanted; },
    });
    if (!found.length) {
      found = nodes.get({
        filter: function (node) { return String(node.label).toLowerCase().indexOf(wanted) >= 0; },
      });
    }
    if (!wanted || !found.length) {
      status.textContent = "No node in the drawing is called that.";
      return;
    }
    network.selectNodes([found[0].id]);
    network.focus(found[0].id, { scale: 1.2, animation: false });
    status.textContent = "Found " + found[0].label + ".";
    window.saidwhenGraphFound = found[0].id;
  });

  refreshNames();
})();
