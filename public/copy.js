// "Copy" buttons next to a secret shown once (API token, invitation link):
// <button data-copy="input-id"> copies that input's value and says so.
(() => {
  for (const button of document.querySelectorAll("button[data-copy]")) {
    button.addEventListener("click", async () => {
      const input = document.getElementById(button.dataset.copy);
      const status = document.getElementById("copy-status");
      if (!input) return;
      input.select();
      let copied = false;
      try {
        await navigator.clipboard.writeText(input.value);
        copied = true;
      } catch {
        copied = document.execCommand?.("copy") ?? false;
      }
      if (status)
        status.textContent = copied
          ? "Copied to the clipboard."
          : "Select the text and copy it (Ctrl+C / ⌘C).";
    });
  }
})();
