// The public media-kit form keeps what was typed (issue 14, item 6), in-process on
// every database kind: a submit with a number that is none, two unknown codes and
// two sums off 100 gets every error in one answer, with the typed values back in
// their inputs; an upload (the form's own multipart post, its "Upload" button) saves
// the typed answers as a draft beside the file, and "uk" is read as GB and said so;
// an upload whose answers cannot be saved keeps both the file and the typed answers.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/server/app.js";
import { registerPages } from "../../src/server/pages/register-pages.js";
import { DATABASE_KINDS } from "../helpers/databases.js";
import {
  bearer,
  call,
  createToken,
  NOW,
  openTestServer,
  signUpWorkspace,
  type TestServer,
  TINY_BAKER_CAPTURED_AT,
  tinyBakerFiles,
  upload,
} from "../helpers/server.js";

const ORIGIN = "http://localhost";
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82]);

describe.each(DATABASE_KINDS)("the media-kit form keeps what was typed on %s", (kind) => {
  let s: TestServer;
  let app: ReturnType<typeof createApp>;
  let member: string;
  let creatorId: number;

  const page = (path: string) => app.request(path, { headers: { accept: "text/html" } });
  const send = (path: string, fields: Record<string, string>, files: File[] = []) => {
    const body = new FormData();
    for (const [k, v] of Object.entries(fields)) body.append(k, v);
    for (const f of files) body.append("files", f);
    return app.request(path, { method: "POST", body, headers: { origin: ORIGIN, accept: "text/html" } });
  };
  const newToken = async (): Promise<string> => {
    const r = await call(app, "POST", `/api/v1/creators/${creatorId}/media-kit-requests`, bearer(member), {});
    expect(r.status, r.text).toBe(201);
    return r.body.token;
  };

  beforeAll(async () => {
    s = await openTestServer(kind);
    s.clock.now = NOW;
    app = createApp(
      {
        db: s.d.db,
        now: () => s.clock.now,
        maxUploadBytes: 50 * 1024 ** 2,
        authRateLimit: 10_000,
        secureCookies: false,
        kitRateLimit: 10_000,
      },
      registerPages,
    );
    const ws = await signUpWorkspace(s, "Alpha agency");
    member = (await createToken(s, ws, "member")).token;
    const r = await upload(app, bearer(member), tinyBakerFiles(), { capturedAt: TINY_BAKER_CAPTURED_AT });
    expect(r.status).toBe(201);
    creatorId = (await call(app, "GET", "/api/v1/creators", bearer(member))).body.items[0].creatorId;
  });
  afterAll(async () => {
    await s?.close();
  });

  it("answers every error of a submit in one round, each next to its input, the input kept", async () => {
    const token = await newToken();
    const res = await send(`/kit/${token}`, {
      action: "submit",
      creatorName: "Tina Baker",
      "platforms[0].platform": "instagram",
      "platforms[0].handle": "tiny_baker",
      "platforms[0].followers": "12k", // format: no number
      "countries[0].country": "XX", // code: none
      "countries[0].share": "40",
      "languages[0].language": "jp", // code: Japan's, not Japanese
      "languages[0].share": "60",
      "gender.female": "70", // sum: 70 + 20 = 90
      "gender.male": "20",
      "ageBands.18-24": "50", // sum: 50 + 39 = 89
      "ageBands.25-34": "39",
      notes: "Vegan brands only",
    });
    expect(res.status).toBe(400);
    const text = await res.text();
    // Five problems: one of format, two of codes, two of sums.
    expect(text).toContain("<h2>There are 5 problems</h2>");
    expect(text).toContain(
      '<p class="field-error" id="k-platforms-0--followers-error"><span class="visually-hidden">Error: </span>must be a whole number, e.g. 12500 or 12,500</p>',
    );
    expect(text).toContain(
      "&quot;XX&quot; is not a two-letter country code (ISO 3166-1); did you mean AX (Åland Islands), CX (Christmas Island) or MX (Mexico)?",
    );
    expect(text).toContain(
      "&quot;jp&quot; is not a two-letter language code (ISO 639-1); did you mean ja (Japanese)?",
    );
    expect(text).toContain("Gender shares add up to 90%; they should add up to 100% (±2)");
    expect(text).toContain("Age band shares add up to 89%; they should add up to 100% (±2)");
    // What was typed is back in its input.
    expect(text).toContain('name="platforms[0].followers" type="text" inputmode="numeric" value="12k"');
    expect(text).toContain(
      'name="countries[0].country" type="text" autocapitalize="characters" maxlength="3" placeholder="DE" value="XX"',
    );
    expect(text).toContain('name="creatorName" type="text" value="Tina Baker"');
    expect(text).toContain(">Vegan brands only</textarea>");
    expect(text).toContain("Your answers are not saved yet.");
  });

  it("saves the typed answers as a draft when a file is uploaded, and says UK was read as GB", async () => {
    const token = await newToken();
    const res = await send(
      `/kit/${token}`,
      {
        action: "upload",
        creatorName: "Tina Baker",
        "platforms[0].platform": "instagram",
        "platforms[0].handle": "tiny_baker",
        "countries[0].country": "uk",
        "countries[0].share": "40",
        notes: "Vegan brands only",
      },
      [new File([PNG], "insights.png")],
    );
    expect(res.status).toBe(303);
    const location = res.headers.get("location") ?? "";
    expect(location).toBe(`/kit/${token}?saved=1&files=1&read=UK`);
    const text = await (await page(location)).text();
    expect(text).toContain(
      "1 file uploaded. Your draft is saved. Come back to this link to go on. UK was read as GB (United Kingdom), its ISO 3166-1 code.",
    );
    expect(text).toContain('name="creatorName" type="text" value="Tina Baker"');
    expect(text).toContain('value="GB"');
    expect(text).toContain(">Vegan brands only</textarea>");
    expect(text).toContain("<li>insights.png (PNG");
  });

  it("keeps the file and the typed answers when the answers cannot be saved yet", async () => {
    const token = await newToken();
    const res = await send(
      `/kit/${token}`,
      {
        action: "upload",
        creatorName: "Tina Baker",
        "platforms[0].platform": "instagram",
        "platforms[0].handle": "tiny_baker",
        "platforms[0].followers": "lots",
      },
      [new File([PNG], "insights.png")],
    );
    expect(res.status).toBe(400);
    const text = await res.text();
    expect(text).toContain("1 file uploaded. Your answers are not saved yet.");
    expect(text).toContain('value="lots"');
    expect(text).toContain('name="creatorName" type="text" value="Tina Baker"');
    expect(text).toContain("<li>insights.png (PNG");
  });
});
