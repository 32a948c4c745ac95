/* The header's menu button (shown on narrow screens): it opens and closes the panel it controls,
   Escape closes it and gives the focus back to the button. Without JavaScript the panel stays open.
   Plain tables carry their column headers on each cell (data-label), so that on a phone each row
   reads as a short list "header: value" instead of a table wider than the screen. */
document.documentElement.classList.add('js');
function labelCells(root) {
  (root || document).querySelectorAll('table.plain:not(.grid)').forEach(function (table) {
    var heads = table.querySelectorAll('thead th');
    if (heads.length === 0) {
      return;
    }
    table.classList.add('labelled');
    table.querySelectorAll('tbody tr').forEach(function (row) {
      Array.prototype.forEach.call(row.children, function (cell, i) {
        if (heads[i] && !cell.hasAttribute('data-label')) {
          cell.setAttribute('data-label', heads[i].textContent.trim());
        }
      });
    });
  });
}
document.addEventListener('DOMContentLoaded', function () {
  labelCells(document);
  // tables that an Ajax update renders again
  new MutationObserver(function () {
    labelCells(document);
  }).observe(document.body, {childList: true, subtree: true});
  var button = document.getElementById('menuButton');
  if (!button) {
    return;
  }
  var panel = document.getElementById(button.getAttribute('aria-controls'));
  function setOpen(open) {
    button.setAttribute('aria-expanded', open ? 'true' : 'false');
  }
  button.addEventListener('click', function () {
    var open = button.getAttribute('aria-expanded') !== 'true';
    setOpen(open);
  });
  document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape' && button.getAttribute('aria-expanded') === 'true' && getComputedStyle(button).display !== 'none') {
      setOpen(false);
      button.focus();
    }
  });
});
