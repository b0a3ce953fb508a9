// The search page: start Pagefind's default UI with the bundle path and result base URL the page
// carries (both include the site's path prefix), and run the query from ?q= (the header search box).
window.addEventListener('DOMContentLoaded', () => {
  const el = document.getElementById('search');
  if (!el || typeof PagefindUI === 'undefined') return;
  const ui = new PagefindUI({
    element: '#search',
    bundlePath: el.dataset.bundlePath,
    baseUrl: el.dataset.baseUrl,
    showSubResults: false,
    showImages: false,
    excerptLength: 30,
    resetStyles: false,
  });
  const q = new URLSearchParams(window.location.search).get('q');
  if (q) ui.triggerSearch(q);
});
