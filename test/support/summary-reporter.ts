import type { Reporter, TestModule } from "vitest/node";

/**
 * Ends the run with one plain line, "tests: N passed, N failed, N skipped", that CI and
 * scripts can read without parsing vitest's coloured summary.
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const count = (state: "passed" | "failed" | "skipped") =>
      testModules.reduce((total, module) => total + [...module.children.allTests(state)].length, 0);
    process.stdout.write(
      `\ntests: ${count("passed")} passed, ${count("failed")} failed, ${count("skipped")} skipped\n`,
    );
  }
}
