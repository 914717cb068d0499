// Part of `npm run build`: bundles the `vouch` command with esbuild into dist/cli/main.js
// (in place of tsc's). Node resolves and links each ES module on its own, and a command
// reaches hundreds of them (kysely alone 263, zod 95); as one entry and a few chunks it
// starts about 0.15 s sooner. Commands still load on use (`import()` → a chunk). Chunks
// stay in dist/cli, one folder below the project like every dist folder, so code that
// finds files from its own module (`../../public`, `../db/empty-data-dir.tar.gz`) finds
// the same ones. Bundled: our code, commander, kysely, zod, the ISO code lists (whose JSON
// import esbuild would leave without its `with { type: "json" }`) and eld, whose language
// data (a 1 MB object literal that V8 parses in about a second) becomes a JSON.parse of
// a string, two to four times faster to load; every other dependency stays in
// node_modules (PGlite and the fonts read files beside their own modules).
// tsc's unbundled output keeps working: tests build and spawn that. The bundle also
// carries the program's help and version text, printed without loading the program
// (cli/quick-answer.ts).
import { mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build, type Plugin } from "esbuild";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const OUT = join(ROOT, "dist", "cli");
const BUNDLED = new Set(["commander", "eld", "i18n-iso-countries", "iso-639-1", "kysely", "zod"]);
const CHUNK = /^(chunk|[a-z-]+)-[A-Z0-9]{8}\.js(\.map)?$/;

/** eld's n-gram data as JSON text: the same object, parsed by V8's JSON parser. */
const eldDataAsJson: Plugin = {
  name: "eld-data-as-json",
  setup(b) {
    b.onLoad({ filter: /[\\/]eld[\\/]src[\\/]ngrams[\\/][^\\/]+\.js$/ }, async (args) => {
      const { ngramsData } = (await import(pathToFileURL(args.path).href)) as { ngramsData: unknown };
      const json = JSON.stringify(JSON.stringify(ngramsData));
      return { contents: `export const ngramsData = JSON.parse(${json});\n`, loader: "js" };
    });
  },
};

/**
 * zod's `z` and core namespaces re-export every locale (`z.locales`, 64 of them, a third of zod's
 * bundled size) so the bundle would carry and compile them on every command; Vouch
 * speaks English, which zod configures from its own `en.js` either way. The namespace
 * keeps `en` alone.
 */
const zodEnglishOnly: Plugin = {
  name: "zod-english-only",
  setup(b) {
    b.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
      /[\\/]zod[\\/]v4[\\/](classic|core)[\\/]/.test(args.importer)
        ? { path: join(args.importer, "..", "..", "locales", "en.js"), namespace: "zod-en" }
        : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: "zod-en" }, (args) => ({
      contents: `export { default as en } from ${JSON.stringify(args.path)};\n`,
      loader: "js",
      resolveDir: join(args.path, ".."),
    }));
  },
};

/** Bundles src/cli/main.ts into outDir (dist/cli for the build; tests use a folder of their own). */
export async function bundleCli(outDir: string): Promise<void> {
  const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as {
    dependencies: Record<string, string>;
  };
  mkdirSync(outDir, { recursive: true });
  // Last build's chunks (their names carry a hash): gone, so none is loaded by mistake.
  for (const name of readdirSync(outDir)) if (CHUNK.test(name)) rmSync(join(outDir, name));
  await build({
    entryPoints: [join(ROOT, "src", "cli", "main.ts")],
    outdir: outDir,
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    chunkNames: "[name]-[hash]",
    external: Object.keys(pkg.dependencies).filter((name) => !BUNDLED.has(name)),
    // commander is CommonJS: its require() of node's modules needs a require in an ES module.
    banner: {
      js: 'import { createRequire as vouchCreateRequire } from "node:module"; const require = vouchCreateRequire(import.meta.url);',
    },
    plugins: [eldDataAsJson, zodEnglishOnly],
    // quick-answer.ts: `vouch --help` and `--version` as the program prints them.
    define: {
      VOUCH_HELP_TEXT: JSON.stringify(await programOutput(["--help"])),
      VOUCH_VERSION_TEXT: JSON.stringify(await programOutput(["--version"])),
    },
    sourcemap: true,
    allowOverwrite: true,
    logLevel: "warning",
  });
}

/** What `vouch <argv>` prints on stdout; it must succeed without a database. */
async function programOutput(argv: string[]): Promise<string> {
  const { runCli } = await import("../cli/run-cli.js");
  let out = "";
  let err = "";
  const code = await runCli(argv, {
    stdout: (t) => {
      out += t;
    },
    stderr: (t) => {
      err += t;
    },
    env: {},
    stderrIsTTY: false,
    now: () => Date.now(),
  });
  if (code !== 0) throw new Error(`vouch ${argv.join(" ")} exited ${code}: ${err}`);
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await bundleCli(OUT);
  console.log(`bundled ${join(OUT, "main.js")}`);
}
