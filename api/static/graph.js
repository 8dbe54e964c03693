/*
 * Runs after the network page's own script (templates/pyvis_offline.html), which turns
 * physics off once the layout has settled. Records when that happened, in milliseconds
 * since navigation started, for the reader and for the browser tests.
 */
(function () {
  "use strict";

  var status = document.getElementById("graph-status");

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
})();
