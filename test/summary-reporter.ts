// Prints "N passed, N failed, N skipped" as the last line of a run: the plain
// closing line that CI reads, whatever the test runner.
import type { Reporter, TestModule } from "vitest/node";

export default class SummaryReporter implements Reporter {
  #line = "";

  onTestRunEnd(modules: ReadonlyArray<TestModule>) {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    for (const m of modules) {
      for (const t of m.children.allTests()) {
        const state = t.result().state;
        if (state === "passed") passed++;
        else if (state === "failed") failed++;
        else skipped++;
      }
      // A file that failed to load has no tests but is a failure.
      if (m.state() === "failed" && [...m.children.allTests()].length === 0) failed++;
    }
    this.#line = `${passed} passed, ${failed} failed, ${skipped} skipped`;
  }

  // Printed at the very end, after the default reporter's own summary.
  onFinished() {
    if (this.#line) process.stdout.write(`\n${this.#line}\n`);
  }
}
