// The contract builder's live preview: as the brand types, the form is posted (at most
// every 400 ms, the previous request cancelled) to the page's preview endpoint, which
// answers the contract's HTML as the server draws it; the preview is replaced with it.
// Without this script "Update the preview" does the same with a full round.
(() => {
  const form = document.getElementById("contract-builder");
  const preview = document.getElementById("contract-preview");
  if (!form || !preview || !form.dataset.preview) return;
  let timer = 0;
  let pending = null;
  const refresh = async () => {
    pending?.abort();
    pending = new AbortController();
    try {
      const response = await fetch(form.dataset.preview, {
        method: "POST",
        body: new URLSearchParams(new FormData(form)),
        credentials: "same-origin",
        signal: pending.signal,
      });
      if (!response.ok) return;
      // The server escaped every value it drew: this is its markup, not the user's text.
      preview.innerHTML = await response.text();
      preview.dataset.refreshed = String(Date.now());
    } catch {
      // Aborted by a newer keystroke, or offline: the button still works.
    }
  };
  const later = () => {
    clearTimeout(timer);
    timer = setTimeout(refresh, 400);
  };
  form.addEventListener("input", later);
  form.addEventListener("change", later);
})();
