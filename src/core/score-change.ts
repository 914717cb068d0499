// What changed between two audits of one account: the trust score and each component.
// Scores of different versions are shown side by side but not subtracted: a change of
// method is not a change of the creator.
import { COMPONENT_IDS, COMPONENT_LABELS, type ComponentId, type TrustScore } from "./trust-score.js";

export interface ScoreChange {
  previous: { auditId: number; computedAt: string; value: number | null; version: string | null };
  /** current − previous, or null when either is missing or the versions differ. */
  delta: number | null;
  comparable: boolean;
  components: {
    id: ComponentId;
    label: string;
    from: number | null;
    to: number | null;
    delta: number | null;
  }[];
  note: string | null;
}

export function compareScores(
  previous: { auditId: number; computedAt: string; score: TrustScore | null | undefined },
  current: TrustScore,
): ScoreChange {
  const before = previous.score ?? null;
  const comparable = before !== null && before.version === current.version;
  const componentValue = (s: TrustScore | null, id: ComponentId) =>
    s?.components.find((c) => c.id === id)?.value ?? null;
  const diff = (a: number | null, b: number | null) =>
    comparable && a !== null && b !== null ? Math.round((b - a) * 10) / 10 : null;
  return {
    previous: {
      auditId: previous.auditId,
      computedAt: previous.computedAt,
      value: before?.value ?? null,
      version: before?.version ?? null,
    },
    delta: diff(before?.value ?? null, current.value),
    comparable,
    components: COMPONENT_IDS.map((id) => {
      const from = componentValue(before, id);
      const to = componentValue(current, id);
      return { id, label: COMPONENT_LABELS[id], from, to, delta: diff(from, to) };
    }),
    note:
      before === null
        ? "The previous audit was computed before the trust score existed."
        : comparable
          ? null
          : `The previous audit used score method ${before.version}, this one ${current.version}: the two are not compared.`,
  };
}
