// The empty creators list of a new workspace: how to get data, in the order a marketer
// meets it (one creator's Instagram with Instaloader, a Vouch snapshot JSON, spreadsheets
// as CSV, nothing yet but a handle to ask for a media kit), and the demo creators to look
// around first. Viewers cannot import, so they are told whom to ask.
import { CSV_TEMPLATE_NAMES } from "../../ingest/csv-templates.js";
import { type Html, html } from "./html.js";

const TEMPLATE_LABELS: Record<(typeof CSV_TEMPLATE_NAMES)[number], string> = {
  posts: "posts",
  comments: "comments",
  profile: "profile snapshots",
  followers: "a follower sample",
  "daily-counts": "daily counts",
  demographics: "follower demographics",
};

export function firstRunView(canImport: boolean): Html {
  if (!canImport)
    return html`<p class="empty">No creators yet. A member or owner of this workspace imports them.</p>`;
  return html`<section class="first-run" aria-labelledby="first-run-h">
<h2 id="first-run-h">No creators yet.</h2>
<p>Bring a creator's data in one of these ways:</p>
<ol class="first-run-steps">
  <li><h3>Instagram, with Instaloader</h3>
    <p>Download a creator's public posts, comments and profile with <a href="https://instaloader.github.io/">Instaloader</a>, then import the folder it writes on the <a href="/import">Import page</a> or with <code>vouch import</code>:</p>
    <pre><code>instaloader --comments --no-pictures --no-videos --no-video-thumbnails their_handle</code></pre></li>
  <li><h3>A Vouch snapshot</h3>
    <p>One JSON file per creator (<code>"format": "vouch.snapshot/v1"</code>): the profile, posts, comments and a follower sample, for data from another tool or your own script. Its <a href="/templates/vouch-snapshot.schema.json" download>JSON Schema</a> says every field; import the file on the <a href="/import">Import page</a>.</p></li>
  <li><h3>Spreadsheets, as CSV</h3>
    <p>Fill in a template (the header row names each column; one row per post, comment…) and import it:</p>
    <ul class="template-links">${CSV_TEMPLATE_NAMES.map(
      (t) => html`<li><a href="/templates/${t}.csv" download>${t}.csv</a> (${TEMPLATE_LABELS[t]})</li>`,
    )}</ul></li>
  <li><h3>Only a handle so far</h3>
    <p>Add the creator by handle (the form above) and ask them for a media kit from their page: their audience, rates and past brand work, before you import anything.</p></li>
</ol>
<form method="post" action="/demo-creators" class="demo-load">
  <p>Or look around first with two made-up creators, imported and audited like any other:</p>
  <button type="submit">Load the demo creators</button>
</form>
</section>`;
}
