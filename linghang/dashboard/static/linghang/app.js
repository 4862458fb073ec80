// Clicking an extracted signal scrolls to its evidence mark in the timeline and flashes it.
// Delegated on document, so marks loaded later by htmx ("load earlier") work too.
document.addEventListener("click", function (event) {
  var link = event.target.closest("[data-signal]");
  if (!link) return;
  var marks = document.querySelectorAll('mark[data-signals~="' + link.dataset.signal + '"]');
  if (!marks.length) return; // evidence not on the page: follow the link to the message
  event.preventDefault();
  marks[0].scrollIntoView({ behavior: "smooth", block: "center" });
  marks.forEach(function (mark) {
    mark.classList.add("is-flash");
    setTimeout(function () { mark.classList.remove("is-flash"); }, 1800);
  });
});
