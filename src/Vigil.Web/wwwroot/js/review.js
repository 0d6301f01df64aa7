// The review queue's keyboard shortcuts (shown on the page). A key typed into a text box is text, not a command.
(function () {
  "use strict";
  var forms = { c: "confirm", r: "reject", d: "dispute" };
  var fields = { e: "edit-field", m: "merge-into" };

  function typing(target) {
    var tag = target && target.tagName;
    return tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT" || (target && target.isContentEditable);
  }

  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && typing(event.target)) { event.target.blur(); return; }
    if (event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) { return; }
    var key = event.key.toLowerCase();
    if (forms[key]) {
      var form = document.getElementById(forms[key]);
      if (form) { event.preventDefault(); form.requestSubmit(); }
    } else if (fields[key]) {
      var field = document.getElementById(fields[key]);
      if (field) { event.preventDefault(); field.focus(); }
    } else if (key === "n") {
      var next = document.getElementById("next");
      if (next) { event.preventDefault(); window.location.assign(next.getAttribute("href")); }
    }
  });
}());
