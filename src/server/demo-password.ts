// The demo sign-in's password: random for each data folder, never a published one (a
// page that reached the server by DNS rebinding once signed in with the old fixed
// password). Kept in `demo-password` in the data folder, readable by its owner only
// (the folder itself is 0700), so every start prints the same one; with DATABASE_URL
// there is no folder of ours and each start makes a new one.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { encodeBase32LowerCaseNoPadding } from "@oslojs/encoding";

export const DEMO_PASSWORD_FILE = "demo-password";

/** 80 random bits as four groups of base32: "k3jd-92md-x8aa-pq4z". */
export function newDemoPassword(): string {
  const text = encodeBase32LowerCaseNoPadding(crypto.getRandomValues(new Uint8Array(10)));
  return text.match(/.{4}/g)?.join("-") ?? text;
}

/** The folder's demo password, made and kept on first use; a new one without a folder. */
export function demoPassword(dataDir: string | null): string {
  if (dataDir === null) return newDemoPassword();
  const path = join(dataDir, DEMO_PASSWORD_FILE);
  try {
    const kept = readFileSync(path, "utf8").trim();
    if (kept.length >= 16) return kept;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "ENOENT") throw err;
  }
  const password = newDemoPassword();
  writeFileSync(path, `${password}\n`, { mode: 0o600 });
  return password;
}
