// /api/v1/campaigns and /api/v1/partnerships in-process (app.request): a campaign's call to
// action comes from its goal, a bad one gets every problem in one 400, viewers read but
// do not write, a partnership moves as a deal can (409 naming the moves it can), and its
// timeline and trail check answer. On PGlite and PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DATABASE_KINDS } from "../helpers/databases.js";
import {
  bearer,
  call,
  createToken,
  openTestServer,
  session,
  signUpWorkspace,
  type TestServer,
  type TestWorkspace,
  TINY_BAKER_CAPTURED_AT,
  tinyBakerFiles,
  upload,
} from "../helpers/server.js";

const SPRING = {
  name: "Spring bake",
  startsOn: "2027-03-01",
  endsOn: "2027-03-31",
  budget: 500_000,
  currency: "EUR",
  goal: "sell",
  kpis: [{ metric: "sales", target: 200 }],
  landingUrl: "https://example.com/spring",
  products: ["Spring baking box"],
};

describe.each(DATABASE_KINDS)("the campaigns API on %s", (kind) => {
  let s: TestServer;
  let ws: TestWorkspace;
  let member: string;
  let viewer: string;
  let creatorId: number;
  beforeAll(async () => {
    s = await openTestServer(kind);
    ws = await signUpWorkspace(s, "Crumb & Co");
    member = (await createToken(s, ws, "member")).token;
    viewer = (await createToken(s, ws, "viewer")).token;
    const r = await upload(s.app, bearer(member), tinyBakerFiles(), { capturedAt: TINY_BAKER_CAPTURED_AT });
    expect(r.status).toBe(201);
    creatorId = (await call(s.app, "GET", "/api/v1/creators", bearer(member))).body.items[0].creatorId;
  });
  afterAll(async () => {
    await s?.close();
  });

  it("creates a campaign whose call to action follows from its goal, and lists it", async () => {
    const r = await call(s.app, "POST", "/api/v1/campaigns", bearer(member), SPRING);
    expect(r.status, r.text).toBe(201);
    expect(r.body).toMatchObject({
      name: "Spring bake",
      goal: "sell",
      callToAction: ["link", "code"],
      budget: 500_000,
    });
    const list = await call(s.app, "GET", "/api/v1/campaigns", bearer(viewer));
    expect(list.body.items).toEqual([
      {
        id: r.body.id,
        name: "Spring bake",
        goal: "sell",
        startsOn: "2027-03-01",
        endsOn: "2027-03-31",
        partnerships: {},
      },
    ]);
  });

  it("answers a bad campaign with every problem in one 400, and refuses a viewer", async () => {
    const bad = await call(s.app, "POST", "/api/v1/campaigns", bearer(member), {
      ...SPRING,
      name: "Bad",
      goal: "visits",
      endsOn: "2027-02-01",
      landingUrl: null,
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.issues.map((i: { path: string }) => i.path)).toEqual([
      "endsOn",
      "kpis.0.metric",
      "landingUrl",
    ]);
    const byViewer = await call(s.app, "POST", "/api/v1/campaigns", bearer(viewer), { ...SPRING, name: "V" });
    expect(byViewer.status).toBe(403);
  });

  it("moves a partnership as a deal can, with its timeline and a whole (empty) trail", async () => {
    const campaign = (
      await call(s.app, "POST", "/api/v1/campaigns", session(ws), { ...SPRING, name: "Moves" })
    ).body;
    const p = await call(s.app, "POST", `/api/v1/campaigns/${campaign.id}/partnerships`, session(ws), {
      creatorId,
    });
    expect(p.status, p.text).toBe(201);
    expect(p.body.status).toBe("proposed");
    const move = (status: string) =>
      call(s.app, "POST", `/api/v1/partnerships/${p.body.id}/status`, bearer(member), { status, note: null });
    expect((await move("contract_sent")).body.status).toBe("contract_sent");
    const refused = await move("live");
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toBe(
      `partnership ${p.body.id} is contract_sent: it cannot become live (it can become negotiating, accepted, cancelled)`,
    );
    const timeline = await call(s.app, "GET", `/api/v1/partnerships/${p.body.id}/timeline`, bearer(viewer));
    expect(
      timeline.body.items.map((e: { actor: string; from: string | null; to: string }) => [
        e.actor,
        e.from,
        e.to,
      ]),
    ).toEqual([
      [ws.owner.email, null, "proposed"],
      ["API token", "proposed", "contract_sent"],
    ]);
    const detail = await call(s.app, "GET", `/api/v1/campaigns/${campaign.id}`, bearer(viewer));
    expect(detail.body.partnerships).toMatchObject([
      { id: p.body.id, creatorId, account: "instagram:tiny_baker", status: "contract_sent" },
    ]);
    const trail = await call(s.app, "GET", `/api/v1/partnerships/${p.body.id}/trail`, bearer(viewer));
    expect(trail.body).toEqual({ entries: 0, broken: null });
    const list = await call(s.app, "GET", "/api/v1/campaigns", bearer(viewer));
    expect(list.body.items.find((c: { id: number }) => c.id === campaign.id).partnerships).toEqual({
      contract_sent: 1,
    });
  });
});
