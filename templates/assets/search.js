// The search page: start Pagefind's default UI with the bundle paths and result base URL the page
// carries (all include the site's path prefix), and run the query from ?q= (the header search box).
window.addEventListener('DOMContentLoaded', () => {
  const el = document.getElementById('search');
  if (!el || typeof PagefindUI === 'undefined') return;
  const ui = new PagefindUI({
    element: '#search',
    bundlePath: el.dataset.bundlePath,
    // The index is split by year; the other years' bundles are searched together with this one.
    mergeIndex: (el.dataset.mergeBundles || '').split(' ').filter(Boolean).map((bundlePath) => ({ bundlePath })),
    baseUrl: el.dataset.baseUrl,
    showSubResults: false,
    showImages: false,
    excerptLength: 30,
  });
  // Note: Pagefind's input is named only by its title attribute; screen readers need a real label.
  const input = el.querySelector('.pagefind-ui__search-input');
  if (input) input.setAttribute('aria-label', 'Search the archive');
  const q = new URLSearchParams(window.location.search).get('q');
  if (q) ui.triggerSearch(q);
});
