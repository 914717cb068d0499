// The headers of a CSV download, shared by the API's exports and the pages' export links:
// a file named for what it holds and the day it was made (vouch-creators-2026-11-01.csv).
export function csvHeaders(name: string, now: number): Record<string, string> {
  const day = new Date(now).toISOString().slice(0, 10);
  return {
    "content-type": "text/csv; charset=utf-8",
    "content-disposition": `attachment; filename="${name}-${day}.csv"`,
    "cache-control": "no-store",
  };
}
