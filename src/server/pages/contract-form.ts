// The contract builder's form: every structured term (core/contract-terms.ts) as a
// plain HTML field named by its path in the terms ("deliverables[1].goLive"), so
// checkContractTerms' issues land next to their field with no table of names. Money is
// typed in the currency's main unit ("1,200.00") under one currency for the whole
// contract; lists are typed comma-separated. What is not a number here is caught here,
// the rest by checkContractTerms, so every problem of a submit comes in one round.
import type { ContractTerms, DeliverableTerm, Money } from "../../core/contract-terms.js";
import { contractTermsSchema } from "../../services/contracts/contract-terms-input.js";
import { minorDigits } from "./campaigns-form.js";
import type { FormIssues } from "./form-issues.js";

/** Field name → what was typed. */
export type ContractFormValues = Record<string, string>;

export const DELIVERABLE_FIELDS = [
  "platform",
  "kind",
  "count",
  "frames",
  "media",
  "creatorShare",
  "productShare",
  "draftDue",
  "goLive",
  "minDaysLive",
  "highlightDays",
  "linkSticker",
] as const;
export const MAX_DELIVERABLES = 30;
const MAX_INSTALMENTS = 24;

const LISTS = ["content.mentions", "content.hashtags", "content.links", "content.codes", "usage.channels"];

/** How many deliverable rows the form holds. */
export function deliverableRows(v: ContractFormValues): number {
  const n = Number(v.rows);
  return Number.isInteger(n) && n >= 0 ? Math.min(n, MAX_DELIVERABLES) : 0;
}

/** Instalment rows: those filled in, then one empty row to add another. */
export function instalmentRows(v: ContractFormValues): number {
  let last = -1;
  for (let i = 0; i < MAX_INSTALMENTS; i++)
    if (v[`payment.instalments[${i}].amount`] || v[`payment.instalments[${i}].due`]) last = i;
  return Math.min(Math.max(last + 2, 2), MAX_INSTALMENTS);
}

/** The form's values for a set of terms (what the builder starts from). */
export function termsToForm(t: ContractTerms): ContractFormValues {
  const currency =
    t.compensation.fee?.currency ??
    t.compensation.product?.value.currency ??
    t.compensation.visit?.value?.currency ??
    "EUR";
  const v: ContractFormValues = { currency, from: t.from, to: t.to, rows: String(t.deliverables.length) };
  t.deliverables.forEach((d, i) => {
    for (const f of DELIVERABLE_FIELDS) {
      const value = d[f];
      v[`deliverables[${i}].${f}`] =
        f === "linkSticker" ? (value ? "on" : "") : value === null ? "" : String(value);
    }
  });
  v["content.captionRules"] = t.content.captionRules ?? "";
  for (const name of LISTS) v[name] = listOf(t, name).join(", ");
  const pay = t.compensation;
  if (pay.fee) v["compensation.fee.amount"] = major(pay.fee);
  if (pay.visit) {
    v["compensation.visit.from"] = pay.visit.from;
    v["compensation.visit.to"] = pay.visit.to;
    v["compensation.visit.covers"] = pay.visit.covers;
    v["compensation.visit.value"] = pay.visit.value ? major(pay.visit.value) : "";
  }
  if (pay.product) {
    v["compensation.product.description"] = pay.product.description;
    v["compensation.product.value"] = major(pay.product.value);
  }
  v["compensation.commission.kind"] = pay.commission?.kind ?? "";
  if (pay.commission?.kind === "percent")
    v["compensation.commission.percent"] = String(pay.commission.percent);
  if (pay.commission?.kind === "flat") v["compensation.commission.perSale"] = major(pay.commission.perSale);
  if (pay.commission) v["compensation.commission.windowDays"] = String(pay.commission.windowDays);
  t.payment.instalments.forEach((p, i) => {
    v[`payment.instalments[${i}].amount`] = major(p.amount);
    v[`payment.instalments[${i}].due`] = p.due;
  });
  v["usage.paidAdsAllowlisting"] = t.usage.paidAdsAllowlisting ? "on" : "";
  v["usage.expires"] = t.usage.expires ?? "";
  v["exclusivity.category"] = t.exclusivity?.category ?? "";
  v["exclusivity.until"] = t.exclusivity?.until ?? "";
  v["disclosure.jurisdictions"] = t.disclosure.jurisdictions.join(",");
  v["disclosure.wording"] = t.disclosure.wording;
  v["cancellation.noticeDays"] = String(t.cancellation.noticeDays);
  v["cancellation.unpaid"] = t.cancellation.unpaid;
  return v;
}

function listOf(t: ContractTerms, name: string): string[] {
  if (name === "usage.channels") return t.usage.channels;
  return t.content[name.slice("content.".length) as "mentions" | "hashtags" | "links" | "codes"];
}

function major(m: Money): string {
  const digits = minorDigits(m.currency) ?? 2;
  return (m.amount / 10 ** digits).toFixed(digits);
}

/**
 * The terms the form says, and what could not be read as a number or an amount (those
 * fields hold NaN, which checkContractTerms' own rules refuse again: the first message
 * of a field is the one shown). The terms are shaped by the API's schema before use.
 */
export function formToTerms(v: ContractFormValues): { terms: ContractTerms; issues: FormIssues } {
  const issues: FormIssues = {};
  const text = (name: string) => (v[name] ?? "").trim();
  const currency = text("currency").toUpperCase();
  const digits = minorDigits(currency) ?? 2;
  const number = (name: string, whole: boolean): number | null => {
    const raw = text(name).replaceAll(/[\s,_%]/g, "");
    if (!raw) return null;
    const n = Number(raw);
    if (!Number.isFinite(n) || (whole && !Number.isInteger(n))) {
      issues[name] ??= `“${text(name)}” is not ${whole ? "a whole number" : "a number"}`;
      return Number.NaN;
    }
    return n;
  };
  const amount = (name: string): Money | null => {
    const raw = text(name).replaceAll(/[\s,_]/g, "");
    if (!raw) return null;
    if (!/^\d+(\.\d+)?$/.test(raw) || (raw.split(".")[1]?.length ?? 0) > digits) {
      issues[name] ??= `“${text(name)}” is not an amount in ${currency || "the currency"} (e.g. 1200.00)`;
      return { amount: Number.NaN, currency };
    }
    return { amount: Math.round(Number(raw) * 10 ** digits), currency };
  };
  const list = (name: string) =>
    text(name)
      .split(/[,\n]/)
      .map((s) => s.trim().replace(/^[@#]/, ""))
      .filter(Boolean);
  const deliverables: DeliverableTerm[] = [];
  for (let i = 0; i < deliverableRows(v); i++) {
    const at = (f: string) => `deliverables[${i}].${f}`;
    deliverables.push({
      platform: text(at("platform")) as DeliverableTerm["platform"],
      kind: text(at("kind")) as DeliverableTerm["kind"],
      count: number(at("count"), true) ?? Number.NaN,
      frames: number(at("frames"), true),
      media: text(at("media")) as DeliverableTerm["media"],
      creatorShare: number(at("creatorShare"), false),
      productShare: number(at("productShare"), false),
      draftDue: text(at("draftDue")) || null,
      goLive: text(at("goLive")),
      minDaysLive: number(at("minDaysLive"), true),
      highlightDays: number(at("highlightDays"), true),
      linkSticker: Boolean(text(at("linkSticker"))),
    });
  }
  const visitOn = ["from", "to", "covers", "value"].some((f) => text(`compensation.visit.${f}`));
  const productOn = text("compensation.product.description") || text("compensation.product.value");
  const commissionKind = text("compensation.commission.kind");
  const windowDays = number("compensation.commission.windowDays", true) ?? Number.NaN;
  const instalments = [];
  for (let i = 0; i < MAX_INSTALMENTS; i++) {
    const due = text(`payment.instalments[${i}].due`);
    const paid = amount(`payment.instalments[${i}].amount`);
    if (paid || due) instalments.push({ amount: paid ?? { amount: Number.NaN, currency }, due });
  }
  const jurisdictions = text("disclosure.jurisdictions").split(",").filter(Boolean);
  const terms: ContractTerms = {
    from: text("from"),
    to: text("to"),
    deliverables,
    content: {
      captionRules: text("content.captionRules") || null,
      mentions: list("content.mentions"),
      hashtags: list("content.hashtags"),
      links: list("content.links"),
      codes: list("content.codes"),
    },
    compensation: {
      fee: amount("compensation.fee.amount"),
      visit: visitOn
        ? {
            from: text("compensation.visit.from"),
            to: text("compensation.visit.to"),
            covers: text("compensation.visit.covers"),
            value: amount("compensation.visit.value"),
          }
        : null,
      product: productOn
        ? {
            description: text("compensation.product.description"),
            value: amount("compensation.product.value") ?? { amount: Number.NaN, currency },
          }
        : null,
      commission:
        commissionKind === "percent"
          ? {
              kind: "percent",
              percent: number("compensation.commission.percent", false) ?? Number.NaN,
              windowDays,
            }
          : commissionKind === "flat"
            ? {
                kind: "flat",
                perSale: amount("compensation.commission.perSale") ?? { amount: Number.NaN, currency },
                windowDays,
              }
            : null,
    },
    payment: { instalments },
    usage: {
      channels: list("usage.channels"),
      paidAdsAllowlisting: Boolean(text("usage.paidAdsAllowlisting")),
      expires: text("usage.expires") || null,
    },
    exclusivity:
      text("exclusivity.category") || text("exclusivity.until")
        ? { category: text("exclusivity.category"), until: text("exclusivity.until") }
        : null,
    disclosure: {
      jurisdictions: jurisdictions as ContractTerms["disclosure"]["jurisdictions"],
      wording: text("disclosure.wording"),
    },
    cancellation: {
      noticeDays: number("cancellation.noticeDays", true) ?? 0,
      unpaid: text("cancellation.unpaid") as ContractTerms["cancellation"]["unpaid"],
    },
  };
  return { terms, issues };
}

/** Whether the terms have the API's shapes (enums chosen, texts within bounds). */
export function shapeIssues(terms: ContractTerms): FormIssues {
  const parsed = contractTermsSchema.safeParse(terms);
  const issues: FormIssues = {};
  if (!parsed.success)
    for (const i of parsed.error.issues) {
      // NaN is not an issue of shape: the number was refused above, or checkContractTerms says.
      if (i.code === "invalid_type" && i.expected === "number") continue;
      issues[formName(formPath(i.path))] ??= i.message;
    }
  return issues;
}

function formPath(path: PropertyKey[]): string {
  return path.map((p, i) => (typeof p === "number" ? `[${p}]` : i ? `.${String(p)}` : String(p))).join("");
}

/**
 * The form field an issue of checkContractTerms (or zod) belongs to: amounts are typed
 * as one field ("compensation.fee.amount", "payment.instalments[0].amount"), every
 * currency is the contract's one currency field, and a list's item is the list's field.
 */
export function formName(path: string): string {
  if (path.endsWith(".currency")) return "currency";
  if (/^(content\.\w+|usage\.channels|disclosure\.jurisdictions)\[\d+\]$/.test(path))
    return path.replace(/\[\d+\]$/, "");
  if (path === "compensation.fee") return "compensation.fee.amount";
  return path.replace(/\.(value|perSale|amount)\.amount$/, ".$1");
}
