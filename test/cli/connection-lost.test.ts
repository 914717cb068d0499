// Which errors mean "the database went away under the command": pg's own messages and
// codes, and a unix socket that disappeared with the server between two steps (the
// race that once made `vouch import` print "unexpected failure" instead of the journal
// message). A missing file that is not a connection stays an ordinary error.
import { describe, expect, it } from "vitest";
import { connectionLost } from "../../src/cli/connection-lost.js";
import { ImportInterrupted } from "../../src/services/import-interrupted.js";

function sysError(message: string, code: string, syscall: string): Error {
  return Object.assign(new Error(message), { code, syscall });
}
const env = { VOUCH_DATA: "/tmp/vouch-data" };

describe("connectionLost", () => {
  it("a socket gone between two import steps: the journal message", () => {
    const err = new ImportInterrupted(
      "/tmp/vouch-data/imports/1",
      sysError("connect ENOENT /tmp/vouch-data/socket/.s.PGSQL.5432", "ENOENT", "connect"),
    );
    expect(connectionLost(err, env)?.message).toBe(
      "the Vouch server serving the data folder /tmp/vouch-data stopped during the command (connect ENOENT /tmp/vouch-data/socket/.s.PGSQL.5432), while the import was writing its rows in steps: what it wrote stays, and the rest is written from its journal the next time the server or a vouch command opens the data folder.",
    );
  });

  it("a socket gone during a single-transaction command: rolled back, run again", () => {
    const err = sysError("connect ENOENT /tmp/vouch-data/socket/.s.PGSQL.5432", "ENOENT", "connect");
    expect(connectionLost(err, env)?.message).toMatch(
      /stopped during the command .*rolled back.*Run the command again\.$/,
    );
  });

  it("pg's 'Connection terminated unexpectedly' is recognised; a file not found is not", () => {
    expect(connectionLost(new Error("Connection terminated unexpectedly"), env)?.code).toBe("unavailable");
    expect(connectionLost(sysError("open ENOENT /tmp/x.csv", "ENOENT", "open"), env)).toBeNull();
    expect(connectionLost("not an error", env)).toBeNull();
  });
});
