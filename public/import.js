// The import page's upload: sends the form to POST /api/v1/imports with
// XMLHttpRequest (the session cookie authenticates; the browser's Origin header
// passes the CSRF check), shows upload progress (xhr.upload.onprogress) and
// processing progress (the NDJSON lines {"progress": {done, total}} as they
// arrive), then audits the imported accounts (POST /import/audit) and links to
// them. Text from the server is written with textContent, never as HTML.
(() => {
  const form = document.getElementById("import-form");
  if (!form) return;
  const submit = document.getElementById("import-submit");
  const panel = document.getElementById("import-progress");
  const upload = document.getElementById("upload-progress");
  const processing = document.getElementById("process-progress");
  const status = document.getElementById("import-status");
  const result = document.getElementById("import-result");

  function say(text, isError) {
    status.textContent = text;
    status.classList.toggle("error-message", Boolean(isError));
  }

  function done() {
    submit.disabled = false;
    form.removeAttribute("aria-busy");
  }

  function fail(message) {
    say(`Import failed: ${message}`, true);
    done();
  }

  function element(tag, text) {
    const el = document.createElement(tag);
    if (text !== undefined) el.textContent = text;
    return el;
  }

  function percent(rate) {
    return rate === null ? "not enough data" : `${(rate * 100).toFixed(2)}%`;
  }

  async function audit(summary) {
    say(`Imported ${summary.files} file(s). Auditing ${summary.accounts.length} creator(s)…`);
    const response = await fetch("/import/audit", {
      method: "POST",
      headers: { "Content-Type": "application/json", Accept: "application/json" },
      body: JSON.stringify({ accounts: summary.accounts.map((a) => a.account) }),
      credentials: "same-origin",
    });
    if (!response.ok) throw new Error(`the audit failed (HTTP ${response.status})`);
    const { creators } = await response.json();
    const ids = new Map(creators.map((c) => [c.account, c]));
    result.replaceChildren();
    result.append(element("h2", "Imported creators"));
    const list = element("ul");
    list.className = "import-summary";
    for (const a of summary.accounts) {
      const item = element("li");
      const audited = ids.get(a.account);
      if (audited) {
        const link = element("a", a.account);
        link.href = `/creators/${audited.creatorId}`;
        item.append(link);
      } else item.append(a.account);
      item.append(
        `: ${a.created ? "added" : "updated"}, ${a.posts} posts, ${a.comments} comments, ${a.followers} sampled followers` +
          (audited ? `; median ER ${percent(audited.medianRate)}` : ""),
      );
      list.append(item);
    }
    result.append(list);
    const all = element("a", "All creators");
    all.href = "/";
    const p = element("p");
    p.append(all);
    result.append(p);
    say(`Done: ${summary.accounts.length} creator(s) imported and audited.`);
    done();
  }

  function handle(line) {
    if (!line.trim()) return null;
    let message;
    try {
      message = JSON.parse(line);
    } catch {
      return null;
    }
    if (message.progress) {
      const { done: filesDone, total } = message.progress;
      processing.max = Math.max(total, 1);
      processing.value = filesDone;
      processing.textContent = `${filesDone} of ${total}`;
      say(`Processing files: ${filesDone} of ${total}`);
    }
    return message.summary || message.error ? message : null;
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const data = new FormData(form);
    for (const name of ["account", "capturedAt"]) {
      const value = String(data.get(name) ?? "").trim();
      if (value) data.set(name, value);
      else data.delete(name);
    }
    panel.hidden = false;
    upload.value = 0;
    processing.value = 0;
    result.replaceChildren();
    submit.disabled = true;
    form.setAttribute("aria-busy", "true");
    say("Uploading…");

    const xhr = new XMLHttpRequest();
    let seen = 0;
    let final = null;
    const read = () => {
      const text = xhr.responseText;
      for (let nl = text.indexOf("\n", seen); nl !== -1; nl = text.indexOf("\n", seen)) {
        final = handle(text.slice(seen, nl)) ?? final;
        seen = nl + 1;
      }
    };
    xhr.open("POST", "/api/v1/imports");
    xhr.setRequestHeader("Accept", "application/x-ndjson");
    xhr.upload.onprogress = (e) => {
      if (!e.lengthComputable) return;
      upload.value = (e.loaded / e.total) * 100;
      upload.textContent = `${Math.round(upload.value)}%`;
    };
    xhr.upload.onload = () => {
      upload.value = 100;
      say("Uploaded; processing the files…");
    };
    xhr.onprogress = read;
    xhr.onerror = () => fail("the connection failed; try again");
    xhr.onload = () => {
      if (xhr.status >= 400) {
        let message = `HTTP ${xhr.status}`;
        try {
          message = JSON.parse(xhr.responseText).error.message;
        } catch {}
        fail(message);
        return;
      }
      read();
      if (seen < xhr.responseText.length) final = handle(xhr.responseText.slice(seen)) ?? final;
      if (!final) fail("the server sent no summary");
      else if (final.error) fail(final.error.message);
      else audit(final.summary).catch((err) => fail(err.message));
    };
    xhr.send(data);
  });
})();
