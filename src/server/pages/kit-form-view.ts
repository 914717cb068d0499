// The media-kit form a creator fills in: mobile first (one column, large targets,
// public/kit-form.css), every input labelled, errors listed in a summary at the top (each
// linked to its input, row or section) and shown next to it, tied with aria-describedby.
// Fixed rows per list (kit-form-fields.ts), so it works as a plain form post.
import { AGE_BANDS, DELIVERABLES, GENDERS, INCOME_BANDS, type KitShareError } from "../../core/media-kit.js";
import type { KitFormView } from "../../services/media-kits/open-kit-form.js";
import { when } from "./format.js";
import { type Html, html } from "./html.js";
import { anchorOf, errorMap, labelOf } from "./kit-form-errors.js";
import type { FormValues } from "./kit-form-fields.js";
import { kitFilesSection } from "./kit-form-files-view.js";
import { type KitInputs, kitId, kitInputs } from "./kit-form-inputs.js";

export interface KitFormState {
  values: FormValues;
  errors: KitShareError[];
  notice: string | null;
}

export function kitFormView(token: string, view: KitFormView, s: KitFormState): Html {
  const path = `/kit/${encodeURIComponent(token)}`;
  const k = kitInputs(s.values, errorMap(s.errors.filter((e) => e.field !== "files")));
  return html`<h1>Your media kit for ${view.workspaceName}</h1>
<p>${view.workspaceName} asks${view.creatorHandle ? html` <strong>@${view.creatorHandle}</strong>` : ""} for a media kit: your platforms, your audience as your insights show it, your rates and past brand work. You need no account. Fill in what you know, save a draft at any time and come back with the same link until ${when(view.expiresAt)}.</p>
${
  view.submittedAt
    ? html`<div class="alert success" role="status"><p>You submitted your media kit on ${when(view.submittedAt)}. You can still correct it and submit again until the link expires.</p></div>`
    : ""
}
${s.notice ? html`<div class="alert success" role="status"><p>${s.notice}</p></div>` : ""}
${errorSummary(s.errors)}
<form method="post" action="${path}" enctype="multipart/form-data" class="kit-form">
  ${k.group("About you", k.input("creatorName", "Your name", { optional: true, autocomplete: "name" }))}
  ${platforms(k)}
  ${audience(k)}
  ${rates(k)}
  ${k.section(
    "pastWork",
    "Past brand work",
    null,
    html`${k.rows(
      "pastWork",
      (i) => `Brand ${i + 1}`,
      (p) => html`${k.input(`${p}.brand`, "Brand")}
  ${k.input(`${p}.year`, "Year", { kind: "count" })}
  ${k.input(`${p}.description`, "What you did")}`,
    )}`,
    true,
  )}
  ${k.group("Anything else", k.textArea("notes", "Notes"))}
  <div class="kit-actions">
    <button type="submit" name="action" value="draft" class="button-secondary">Save draft</button>
    <button type="submit" name="action" value="submit">Submit media kit</button>
  </div>
  ${kitFilesSection(
    view,
    s.errors.filter((e) => e.field === "files"),
  )}
</form>`;
}

function errorSummary(errors: KitShareError[]): Html {
  if (errors.length === 0) return html``;
  return html`<div class="alert error-summary" role="alert" tabindex="-1" id="error-summary">
  <h2>${errors.length === 1 ? "There is 1 problem" : `There are ${errors.length} problems`}</h2>
  <ul>
    ${errors.map((e) => html`<li><a href="#${kitId(anchorOf(e.field))}">${labelOf(e.field)}: ${e.message}</a></li>`)}
  </ul>
</div>`;
}

function platforms(k: KitInputs): Html {
  return k.section(
    "platforms",
    "Platforms",
    "Up to three accounts. Engagement rate in percent, as your insights show it.",
    html`${k.rows(
      "platforms",
      (i) => `Platform ${i + 1}`,
      (p) => html`${k.platform(`${p}.platform`)}
  ${k.input(`${p}.handle`, "Handle", { placeholder: "@yourname" })}
  ${k.input(`${p}.followers`, "Followers", { kind: "count" })}
  ${k.input(`${p}.engagementRate`, "Engagement rate (%)", { kind: "decimal" })}`,
    )}
  ${k.input("realFollowerShare", "Real followers (%)", {
    optional: true,
    hint: "If an audit tool measured it: the share of your followers that are real people.",
    kind: "decimal",
  })}`,
  );
}

function audience(k: KitInputs): Html {
  return html`${k.section(
    "gender",
    "Audience gender",
    "Shares in percent; together about 100.",
    html`${GENDERS.map((g) => k.share(`gender.${g}`))}`,
  )}
  ${k.section(
    "ageBands",
    "Audience age",
    "Shares in percent per age band, as your insights show them; together about 100.",
    html`<div class="kit-row">${AGE_BANDS.map((a) => k.share(`ageBands.${a}`))}</div>`,
  )}
  ${k.section(
    "countries",
    "Top countries",
    "Two-letter country codes (DE, US, FR…; UK is read as GB) and the share of your audience in each.",
    html`${k.rows(
      "countries",
      (i) => `Country ${i + 1}`,
      (p) => html`${k.input(`${p}.country`, "Country code", { kind: "code", placeholder: "DE" })}
  ${k.share(`${p}.share`, "Share")}`,
    )}`,
  )}
  ${k.section(
    "cities",
    "Top cities",
    "The city, its country code (optional) and the share of your audience there.",
    html`${k.rows(
      "cities",
      (i) => `City ${i + 1}`,
      (p) => html`${k.input(`${p}.city`, "City")}
  ${k.input(`${p}.country`, "Country code", { optional: true, kind: "code" })}
  ${k.share(`${p}.share`, "Share")}`,
    )}`,
  )}
  ${k.section(
    "languages",
    "Audience languages",
    "Two-letter language codes (de, en…) and their shares.",
    html`${k.rows(
      "languages",
      (i) => `Language ${i + 1}`,
      (p) => html`${k.input(`${p}.language`, "Language code", { placeholder: "en" })}
  ${k.share(`${p}.share`, "Share")}`,
    )}`,
    true,
  )}
  ${k.section(
    "incomeBands",
    "Household income",
    "Yearly household income of your audience, shares in percent; together about 100 if you fill it in.",
    html`<div class="kit-row">${INCOME_BANDS.map((b) => k.share(`incomeBands.${b}`))}</div>`,
    true,
  )}`;
}

function rates(k: KitInputs): Html {
  return k.section(
    "rates",
    "Rates",
    "Your price per deliverable and its three-letter currency code (EUR, USD…). Leave the amount empty for what you do not offer.",
    html`${k.rows(
      "rates",
      (i) => `Rate ${i + 1}`,
      (p, i) => html`${k.deliverable(`${p}.deliverable`, DELIVERABLES[i] ?? "feed_post")}
  ${k.input(`${p}.amount`, "Amount", { kind: "decimal" })}
  ${k.input(`${p}.currency`, "Currency", { kind: "code", placeholder: "EUR" })}`,
    )}`,
  );
}
