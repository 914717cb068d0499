// The contract document as HTML: `contractBody` is the markup the app's pages and the
// creator's review page wrap in their layout; `renderContractHtml` a standalone file
// with its styles inlined (GET …/versions/{n}/html, `vouch contract render`). Every
// value is escaped by hono/html: terms are typed by a brand and handles come from
// imports, so they stay text. Each term carries its field path (data-field), which
// the review page's change proposals point at.
import { readFile } from "node:fs/promises";
import { html, raw } from "hono/html";
import type { ContractBlock, ContractDocument } from "./contract-types.js";

type Html = ReturnType<typeof html>;

export function contractBody(doc: ContractDocument): Html {
  return html`<article class="contract" aria-labelledby="contract-title">
<header>
  <p class="contract-kicker">Partnership agreement</p>
  <h1 id="contract-title">${doc.campaignName}</h1>
  <p class="contract-meta">Between ${doc.workspaceName} (the brand) and @${doc.creatorHandle} (the creator) · ${doc.from} to ${doc.to} · ${versionWords(doc)}</p>
</header>
${doc.sections.map(
  (s) => html`<section id="contract-${s.id}" aria-labelledby="contract-${s.id}-h">
<h2 id="contract-${s.id}-h">${s.title}</h2>
${s.blocks.map(block)}
</section>`,
)}
</article>`;
}

/** "Version 2, issued 2027-02-01" or "Draft (not issued)". */
export function versionWords(doc: ContractDocument): string {
  return doc.version
    ? `Version ${doc.version.number}, issued ${doc.version.issuedAt.slice(0, 10)}`
    : "Draft (not issued)";
}

function block(b: ContractBlock): Html {
  if (b.kind === "text") return html`<p>${b.text}</p>`;
  if (b.kind === "term")
    return html`<dl class="contract-term" data-field="${b.field}"><dt>${b.label}</dt><dd>${b.value}${
      b.clause ? html`<p class="contract-clause">${b.clause}</p>` : ""
    }</dd></dl>`;
  return html`<div class="contract-deliverable" data-field="${b.field}"><h3>${b.title}</h3><dl>${b.facts.map(
    (f) => html`<dt>${f.label}</dt><dd>${f.value}</dd>`,
  )}</dl></div>`;
}

const CSS = new URL("../../public/contract.css", import.meta.url);

/** The contract as one HTML file, its styles inlined: it opens and prints offline. */
export async function renderContractHtml(doc: ContractDocument): Promise<string> {
  const css = await readFile(CSS, "utf8");
  // The styles are our own file, not data: the one place text goes in unescaped.
  const page = await html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${doc.title} · ${versionWords(doc)}</title>
<style>${raw(css)}</style>
</head>
<body>
<main id="main">
${contractBody(doc)}
</main>
</body>
</html>`;
  return page.toString();
}
