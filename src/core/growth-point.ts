// One reading of an account's counts on one day, from a stored profile snapshot or a
// row of a daily-counts CSV (docs/formats.md). The growth analysis (growth.ts) reads a
// list of these, oldest first; null means the count was not given that day.
export interface GrowthPoint {
  /** Calendar day in UTC, YYYY-MM-DD. */
  day: string;
  followers: number | null;
  following: number | null;
  posts: number | null;
  source: "snapshot" | "daily_csv";
}
