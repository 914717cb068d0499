// Brand targets through the API and the /targets page, on PGlite and PostgreSQL:
// create, list, replace and delete with exact answers; a second target of one name is
// a conflict; an unknown niche and a gender split off 100 are refused naming the field;
// a viewer reads but does not write; another workspace's id is not found; the page's
// plain form stores a target and shows a bad gender split next to its fields.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/server/app.js";
import { registerPages } from "../../src/server/pages/register-pages.js";
import { listBrandTargets } from "../../src/services/brand-targets/list-brand-targets.js";
import { DATABASE_KINDS } from "../helpers/databases.js";
import {
  type App,
  bearer,
  call,
  createToken,
  NOW,
  openTestServer,
  session,
  signUpWorkspace,
  type TestServer,
  type TestWorkspace,
} from "../helpers/server.js";

const CREATED = new Date(NOW).toISOString();
const LATER = NOW + 60_000;

const RUNNERS = {
  name: "DACH runners",
  countries: ["de", "AT", " ch "],
  cities: ["Berlin", "Munich"],
  ageBands: ["25-34", "18-24"],
  gender: { male: 45, female: 55 },
  incomeBands: ["50k_75k"],
  niches: ["fitness", "outdoors"],
  languages: ["DE"],
};

/** RUNNERS as stored: codes in their case, the gender split in GENDERS order, lists as sent. */
const RUNNERS_STORED = {
  name: "DACH runners",
  countries: ["DE", "AT", "CH"],
  cities: ["Berlin", "Munich"],
  ageBands: ["25-34", "18-24"],
  gender: { female: 55, male: 45 },
  incomeBands: ["50k_75k"],
  niches: ["fitness", "outdoors"],
  languages: ["de"],
};

describe.each(DATABASE_KINDS)("brand targets on %s", (kind) => {
  let s: TestServer;
  let pages: App;
  let a: TestWorkspace;
  let b: TestWorkspace;
  let member: string;
  let viewer: string;

  beforeAll(async () => {
    s = await openTestServer(kind);
    pages = createApp(
      {
        db: s.d.db,
        now: () => s.clock.now,
        maxUploadBytes: 10 * 1024 ** 2,
        authRateLimit: 10_000,
        secureCookies: false,
      },
      registerPages,
    );
    a = await signUpWorkspace(s, "Alpha brand");
    b = await signUpWorkspace(s, "Bravo brand");
    member = (await createToken(s, a, "member")).token;
    viewer = (await createToken(s, a, "viewer")).token;
  });
  afterAll(async () => {
    await s?.close();
  });

  it("creates, lists, replaces and deletes a target through the API", async () => {
    s.clock.now = NOW;
    const created = await call(s.app, "POST", "/api/v1/brand-targets", bearer(member), RUNNERS);
    expect(created.status, created.text).toBe(201);
    const id = created.body.id;
    expect(created.body).toEqual({ id, ...RUNNERS_STORED, createdAt: CREATED, updatedAt: CREATED });

    // Only the name is required: every other part defaults to "any".
    const broad = await call(s.app, "POST", "/api/v1/brand-targets", session(a), { name: "Anyone" });
    expect(broad.status, broad.text).toBe(201);
    const anyone = {
      id: broad.body.id,
      name: "Anyone",
      countries: [],
      cities: [],
      ageBands: [],
      gender: null,
      incomeBands: [],
      niches: [],
      languages: [],
      createdAt: CREATED,
      updatedAt: CREATED,
    };
    expect(broad.body).toEqual(anyone);

    // By name: "Anyone" before "DACH runners".
    const list = await call(s.app, "GET", "/api/v1/brand-targets", bearer(viewer));
    expect(list.status).toBe(200);
    expect(list.body).toEqual({
      items: [anyone, { id, ...RUNNERS_STORED, createdAt: CREATED, updatedAt: CREATED }],
    });

    s.clock.now = LATER;
    const replaced = await call(s.app, "PUT", `/api/v1/brand-targets/${id}`, bearer(member), {
      name: "DACH trail runners",
      countries: ["DE"],
      gender: null,
      niches: ["outdoors", "outdoors"],
    });
    expect(replaced.status, replaced.text).toBe(200);
    const replacedBody = {
      id,
      name: "DACH trail runners",
      countries: ["DE"],
      cities: [],
      ageBands: [],
      gender: null,
      incomeBands: [],
      niches: ["outdoors"],
      languages: [],
      createdAt: CREATED,
      updatedAt: new Date(LATER).toISOString(),
    };
    expect(replaced.body).toEqual(replacedBody);
    expect((await call(s.app, "GET", `/api/v1/brand-targets/${id}`, bearer(viewer))).body).toEqual(
      replacedBody,
    );

    const deleted = await call(s.app, "DELETE", `/api/v1/brand-targets/${id}`, bearer(member));
    expect([deleted.status, deleted.text]).toEqual([204, ""]);
    const gone = await call(s.app, "GET", `/api/v1/brand-targets/${id}`, bearer(member));
    expect(gone.status).toBe(404);
    expect(gone.body.error.code).toBe("not_found");
    expect((await call(s.app, "DELETE", `/api/v1/brand-targets/${id}`, bearer(member))).status).toBe(404);
    expect((await listBrandTargets(s.d.db, a.workspaceId)).map((t) => t.name)).toEqual(["Anyone"]);
    s.clock.now = NOW;
  });

  it("refuses a second target of the same name with 409, in create and rename", async () => {
    const first = await call(s.app, "POST", "/api/v1/brand-targets", bearer(member), { name: "Parents" });
    expect(first.status).toBe(201);
    const again = await call(s.app, "POST", "/api/v1/brand-targets", bearer(member), {
      name: "Parents",
      niches: ["parenting"],
    });
    expect(again.status).toBe(409);
    expect(again.body).toEqual({
      error: {
        code: "conflict",
        message: 'a brand target named "Parents" already exists in this workspace',
        details: { field: "name", name: "Parents" },
      },
    });
    const other = await call(s.app, "POST", "/api/v1/brand-targets", bearer(member), { name: "Gamers" });
    const rename = await call(s.app, "PUT", `/api/v1/brand-targets/${other.body.id}`, bearer(member), {
      name: "Parents",
    });
    expect(rename.status).toBe(409);
    expect(rename.body.error.code).toBe("conflict");
    // Keeping one's own name is no conflict.
    const same = await call(s.app, "PUT", `/api/v1/brand-targets/${first.body.id}`, bearer(member), {
      name: "Parents",
      languages: ["en"],
    });
    expect([same.status, same.body.languages]).toEqual([200, ["en"]]);
    // Names are per workspace: B may use the same one.
    expect((await call(s.app, "POST", "/api/v1/brand-targets", session(b), { name: "Parents" })).status).toBe(
      201,
    );
  });

  it("names the field of bad input: an unknown niche, a gender split off 100, a bad country code", async () => {
    const niche = await call(s.app, "POST", "/api/v1/brand-targets", bearer(member), {
      name: "Crafters",
      niches: ["art", "knitting"],
    });
    expect(niche.status).toBe(400);
    expect(niche.body.error.code).toBe("invalid_input");
    expect(niche.body.error.details).toMatchObject({ field: "niches[1]" });
    expect(niche.body.error.message).toMatch(
      /^niches\[1\]: unknown niche "knitting"; known niches: fitness, food/,
    );

    // 70 + 20 = 90: 10 points off 100, more than the tolerance of 2.
    const gender = await call(s.app, "POST", "/api/v1/brand-targets", bearer(member), {
      name: "Crafters",
      gender: { female: 70, male: 20 },
    });
    expect(gender.status).toBe(400);
    expect(gender.body.error.message).toBe(
      "gender: Gender shares add up to 90%; they should add up to 100% (±2)",
    );
    expect(gender.body.error.details.field).toBe("gender");
    // 99 is within the tolerance.
    const within = await call(s.app, "POST", "/api/v1/brand-targets", bearer(member), {
      name: "Crafters",
      gender: { female: 70, male: 29 },
    });
    expect(within.status, within.text).toBe(201);

    const country = await call(s.app, "POST", "/api/v1/brand-targets", bearer(member), {
      name: "Europe",
      countries: ["DE", "Germany"],
    });
    expect(country.status).toBe(400);
    expect(country.body.error.details.field).toBe("countries.1");
    expect(country.body.error.message).toBe(
      'countries.1: "Germany" is not a two-letter country code (ISO 3166-1); did you mean DE (Germany)?',
    );
    // XX looks like a code but is none: refused with the codes one letter away.
    const xx = await call(s.app, "POST", "/api/v1/brand-targets", bearer(member), {
      name: "Nowhere",
      countries: ["XX"],
    });
    expect([xx.status, xx.body.error.message]).toEqual([
      400,
      'countries.0: "XX" is not a two-letter country code (ISO 3166-1); did you mean AX (Åland Islands), CX (Christmas Island) or MX (Mexico)?',
    ]);
    // UK is read as GB, the code the platforms' data uses.
    const uk = await call(s.app, "POST", "/api/v1/brand-targets", bearer(member), {
      name: "Britain",
      countries: ["uk"],
      languages: ["EN"],
    });
    expect([uk.status, uk.body.countries, uk.body.languages]).toEqual([201, ["GB"], ["en"]]);
  });

  it("lists every problem of a target in one answer (niche, gender split)", async () => {
    const r = await call(s.app, "POST", "/api/v1/brand-targets", bearer(member), {
      name: "All wrong",
      niches: ["knitting"],
      gender: { female: 70, male: 20 },
    });
    expect(r.status).toBe(400);
    expect(r.body.error.details.issues.map((i: { path: string }) => i.path)).toEqual(["niches[0]", "gender"]);
  });

  it("lets a viewer read but not write (403)", async () => {
    const t = await call(s.app, "POST", "/api/v1/brand-targets", bearer(member), { name: "Viewer test" });
    expect((await call(s.app, "GET", "/api/v1/brand-targets", bearer(viewer))).status).toBe(200);
    expect((await call(s.app, "GET", `/api/v1/brand-targets/${t.body.id}`, bearer(viewer))).status).toBe(200);
    for (const [method, path, body] of [
      ["POST", "/api/v1/brand-targets", { name: "Nope" }],
      ["PUT", `/api/v1/brand-targets/${t.body.id}`, { name: "Nope" }],
      ["DELETE", `/api/v1/brand-targets/${t.body.id}`, undefined],
    ] as const) {
      const r = await call(s.app, method, path, bearer(viewer), body);
      expect([method, r.status, r.body.error.code, r.body.error.details]).toEqual([
        method,
        403,
        "forbidden",
        { role: "viewer", needs: "write" },
      ]);
    }
    expect((await call(s.app, "GET", `/api/v1/brand-targets/${t.body.id}`, bearer(viewer))).body.name).toBe(
      "Viewer test",
    );
  });

  it("answers 404 to another workspace and lists nothing of it", async () => {
    const t = await call(s.app, "POST", "/api/v1/brand-targets", bearer(member), { name: "Alpha only" });
    for (const [method, body] of [
      ["GET", undefined],
      ["PUT", { name: "Taken over" }],
      ["DELETE", undefined],
    ] as const) {
      const r = await call(s.app, method, `/api/v1/brand-targets/${t.body.id}`, session(b), body);
      expect([method, r.status, r.body.error.code]).toEqual([method, 404, "not_found"]);
    }
    const list = await call(s.app, "GET", "/api/v1/brand-targets", session(b));
    expect(list.text).not.toContain("Alpha only");
    expect((await call(s.app, "GET", `/api/v1/brand-targets/${t.body.id}`, bearer(member))).body.name).toBe(
      "Alpha only",
    );
  });

  describe("the /targets page", () => {
    const formPost = (path: string, fields: [string, string][], headers = session(a)) =>
      pages.request(path, {
        method: "POST",
        body: new URLSearchParams(fields).toString(),
        headers: { ...headers, "content-type": "application/x-www-form-urlencoded", accept: "text/html" },
      });
    const page = async (path: string, headers = session(a)) => {
      const res = await pages.request(path, { headers: { ...headers, accept: "text/html" } });
      return { status: res.status, text: await res.text() };
    };
    const stored = async (name: string) =>
      (await listBrandTargets(s.d.db, a.workspaceId)).find((t) => t.name === name);

    it("stores the form's fields as a target and edits it", async () => {
      const before = await page("/targets");
      expect(before.status).toBe(200);
      expect(before.text).toContain('<a href="/targets" aria-current="page">Targets</a>');
      expect(before.text).toContain('<label for="f-niches-outdoors">Outdoors &amp; hiking</label>');

      const res = await formPost("/targets", [
        ["name", "Form runners"],
        ["countries", "de, at ,CH,"],
        ["cities", "Berlin, Vienna"],
        ["ageBands", "18-24"],
        ["ageBands", "25-34"],
        ["genderFemale", "60"],
        ["genderMale", "39"],
        ["genderOther", ""],
        ["incomeBands", "75k_100k"],
        ["niches", "fitness"],
        ["languages", "de"],
        ["languages", "en"],
      ]);
      expect([res.status, res.headers.get("location")]).toEqual([303, "/targets"]);
      const t = await stored("Form runners");
      expect(t).toEqual({
        id: expect.any(Number),
        name: "Form runners",
        countries: ["DE", "AT", "CH"],
        cities: ["Berlin", "Vienna"],
        ageBands: ["18-24", "25-34"],
        gender: { female: 60, male: 39 },
        incomeBands: ["75k_100k"],
        niches: ["fitness"],
        languages: ["de", "en"],
        createdAt: CREATED,
        updatedAt: CREATED,
      });
      const listed = await page("/targets");
      expect(listed.text).toContain('<th scope="row">Form runners</th>');
      expect(listed.text).toContain("female 60%, male 39%");

      // The edit form shows what is stored, and saves a change.
      const edit = await page(`/targets/${t?.id}`);
      expect(edit.status).toBe(200);
      expect(edit.text).toContain('value="DE, AT, CH"');
      expect(edit.text).toMatch(/id="f-ageBands-25-34" checked/);
      expect(edit.text).toContain('id="f-genderFemale" name="genderFemale" type="number"');
      const saved = await formPost(`/targets/${t?.id}`, [
        ["name", "Form runners"],
        ["countries", "DE"],
        ["cities", ""],
      ]);
      expect(saved.status).toBe(303);
      expect(await stored("Form runners")).toMatchObject({
        countries: ["DE"],
        cities: [],
        ageBands: [],
        gender: null,
        languages: [],
      });

      // Delete asks first, then deletes.
      const confirm = await page(`/targets/${t?.id}/delete`);
      expect(confirm.text).toContain(`<form method="post" action="/targets/${t?.id}/delete"`);
      expect(await stored("Form runners")).toBeDefined();
      const del = await formPost(`/targets/${t?.id}/delete`, []);
      expect(del.status).toBe(303);
      expect(await stored("Form runners")).toBeUndefined();
    });

    it("shows a bad gender split, an unknown niche and a taken name next to their fields", async () => {
      const res = await formPost("/targets", [
        ["name", "Bad split"],
        ["countries", "FR"],
        ["genderFemale", "70"],
        ["genderMale", "20"],
      ]);
      expect(res.status).toBe(400);
      const text = await res.text();
      expect(text).toContain("The target was not saved");
      // The message sits inside the gender fieldset, tied to it, and the typed values stay.
      const fieldset =
        /<fieldset aria-describedby="f-gender-hint f-gender-error"[^>]*>[\s\S]*?<\/fieldset>/.exec(text)?.[0];
      expect(fieldset).toContain(
        '<p class="field-error" id="f-gender-error"><span class="visually-hidden">Error: </span>Gender shares add up to 90%; they should add up to 100% (±2)</p>',
      );
      expect(fieldset).toContain(
        'name="genderFemale" type="number" inputmode="decimal" min="0" max="100" step="any" value="70"',
      );
      expect(text).toContain('id="f-countries" name="countries" type="text" value="FR"');
      expect(await stored("Bad split")).toBeUndefined();

      const notNumber = await formPost("/targets", [
        ["name", "Bad split"],
        ["genderMale", "lots"],
      ]);
      expect(notNumber.status).toBe(400);
      expect(await notNumber.text()).toContain(
        '<p class="field-error" id="f-gender-error"><span class="visually-hidden">Error: </span>Male: “lots” is not a number</p>',
      );

      const niche = await formPost("/targets", [
        ["name", "Bad niche"],
        ["niches", "knitting"],
      ]);
      expect(niche.status).toBe(400);
      expect(await niche.text()).toMatch(
        /<p class="field-error" id="f-niches-error"><span class="visually-hidden">Error: <\/span>entry 1: unknown niche &quot;knitting&quot;; known niches: fitness/,
      );

      await formPost("/targets", [["name", "Taken"]]);
      const taken = await formPost("/targets", [["name", "Taken"]]);
      expect(taken.status).toBe(409);
      expect(await taken.text()).toContain(
        '<p class="field-error" id="f-name-error"><span class="visually-hidden">Error: </span>a brand target named &quot;Taken&quot; already exists in this workspace</p>',
      );
    });

    it("reads UK as GB and says so; refuses XX with a suggestion, keeping what was typed", async () => {
      const saved = await formPost("/targets", [
        ["name", "Britain and Ireland"],
        ["countries", "uk, IE"],
      ]);
      expect([saved.status, saved.headers.get("location")]).toEqual([303, "/targets?read=UK"]);
      expect((await page("/targets?read=UK")).text).toContain(
        '<div class="alert success" role="status"><p>UK was read as GB (United Kingdom), its ISO 3166-1 code.</p></div>',
      );
      expect((await stored("Britain and Ireland"))?.countries).toEqual(["GB", "IE"]);
      const refused = await formPost("/targets", [
        ["name", "Nowhere"],
        ["countries", "DE, XX"],
      ]);
      expect(refused.status).toBe(400);
      const text = await refused.text();
      expect(text).toContain('id="f-countries" name="countries" type="text" value="DE, XX"');
      expect(text).toContain(
        "entry 2: &quot;XX&quot; is not a two-letter country code (ISO 3166-1); did you mean AX (Åland Islands), CX (Christmas Island) or MX (Mexico)?",
      );
    });

    it("shows a viewer the list without forms and refuses their posts (403)", async () => {
      const list = await page("/targets", bearer(viewer));
      expect(list.status).toBe(200);
      expect(list.text).toContain("Brand targets");
      expect(list.text).not.toContain('action="/targets"');
      const post = await formPost("/targets", [["name", "Viewer's"]], bearer(viewer));
      expect(post.status).toBe(403);
      expect(await stored("Viewer's")).toBeUndefined();
      // Another workspace's target is not found on the page either.
      const t = await stored("Taken");
      expect((await page(`/targets/${t?.id}`, session(b))).status).toBe(404);
    });
  });
});
