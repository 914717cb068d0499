// Counts the requests a node:http server is answering, so a stopping server can wait
// for them (an upload being imported, a report being drawn) before it closes the
// database. A request counts until its response is finished or its connection drops.
import type { Server } from "node:http";

export interface RequestTracker {
  inFlight(): number;
  /** Resolves true when no request is in flight, or false after `ms`. */
  settled(ms: number): Promise<boolean>;
}

export function trackRequests(server: Server): RequestTracker {
  let active = 0;
  const waiters = new Set<() => void>();
  server.on("request", (_req, res) => {
    active++;
    res.once("close", () => {
      active--;
      if (active === 0) for (const wake of [...waiters]) wake();
    });
  });
  return {
    inFlight: () => active,
    settled: (ms) =>
      active === 0
        ? Promise.resolve(true)
        : new Promise((resolve) => {
            const timer = setTimeout(() => {
              waiters.delete(wake);
              resolve(false);
            }, ms);
            const wake = () => {
              clearTimeout(timer);
              waiters.delete(wake);
              resolve(true);
            };
            waiters.add(wake);
          }),
  };
}
