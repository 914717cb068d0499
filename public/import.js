// The import page's upload: sends the form to POST /api/v1/imports with
// XMLHttpRequest (the session cookie authenticates; the browser's Origin header
// passes the CSRF check), shows upload progress (xhr.upload.onprogress) and
// processing progress (the NDJSON lines {"progress": {done, total}} as they
// arrive), then lists the imported creators, linked, with the audit the API made
// (unless "Audit" was unticked: the API then gets audit=false). Text from the
// server is written with textContent, never as HTML.
(() => {
  const form = document.getElementById("import-form");
  if (!form) return;
  const submit = document.getElementById("import-submit");
  const panel = document.getElementById("import-progress");
  const upload = document.getElementById("upload-progress");
  const processing = document.getElementById("process-progress");
  const status = document.getElementById("import-status");
  const result = document.getElementById("import-result");
  const auditBox = form.querySelector('input[name="audit"]');

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

  function show(summary) {
    const creators = new Map(summary.creators.map((c) => [c.account, c]));
    result.replaceChildren();
    result.append(element("h2", "Imported creators"));
    const list = element("ul");
    list.className = "import-summary";
    for (const a of summary.accounts) {
      const item = element("li");
      const creator = creators.get(a.account);
      if (creator) {
        const link = element("a", a.account);
        link.href = `/creators/${creator.creatorId}`;
        item.append(link);
      } else item.append(a.account);
      const audit = creator?.audit;
      const trust = audit
        ? audit.trustScore === null
          ? "not enough data"
          : `${audit.trustScore}${audit.grade ? ` (${audit.grade})` : ""}`
        : "";
      item.append(
        `: ${a.created ? "added" : "updated"}, ${a.posts} posts, ${a.comments} comments, ${a.followers} sampled followers` +
          (audit ? `; median ER ${percent(audit.medianRate)}; trust score ${trust}` : ""),
      );
      list.append(item);
    }
    result.append(list);
    const all = element("a", "All creators");
    all.href = "/";
    const p = element("p");
    p.append(all);
    result.append(p);
    say(
      `Done: ${summary.accounts.length} creator(s) imported${summary.audited ? " and audited" : "; not audited"}.`,
    );
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
      say(
        filesDone < total || !auditBox?.checked
          ? `Processing files: ${filesDone} of ${total}`
          : `Processed ${total} file(s); auditing…`,
      );
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
    // An unticked box sends nothing, which the API reads as "audit": say no explicitly.
    data.set("audit", auditBox && !auditBox.checked ? "false" : "true");
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
      else show(final.summary);
    };
    xhr.send(data);
  });
})();
