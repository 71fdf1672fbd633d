/* "Print this page" links (data-print-page) print without an inline onclick, which the site's
   Content-Security-Policy refuses to run. */
document.addEventListener("click", function (event) {
  var link = event.target.closest("[data-print-page]");
  if (link) {
    event.preventDefault();
    window.print();
  }
});
