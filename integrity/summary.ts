import type { Verdict } from './verdicts';

/** The closing line of `validate-logs --format json`: counts per status, gaps, and the range checked. */
export interface ValidationSummary {
  readonly digests: { valid: number; invalid: number; missing: number };
  readonly logs: { valid: number; invalid: number; missing: number; unlisted: number; overwritten: number };
  readonly gaps: number;
  readonly bundleFiles: number;
  readonly from: string;
  readonly to: string;
}

/** Counts verdicts as they stream past, so the summary needs no list of them. */
export class SummaryTally {
  private readonly digests = { valid: 0, invalid: 0, missing: 0 };
  private readonly logs = { valid: 0, invalid: 0, missing: 0, unlisted: 0, overwritten: 0 };
  private gaps = 0;
  private bundleFiles = 0;
  private problems = 0;

  constructor(private readonly from: Date, private readonly to: Date) {}

  add(verdict: Verdict, problem: boolean): void {
    if (problem) this.problems++;
    if (verdict.kind === 'gap') this.gaps++;
    else if (verdict.kind === 'bundle-file') this.bundleFiles++;
    else if (verdict.kind === 'log') this.logs[verdict.status]++;
    else if (verdict.status === 'valid' || verdict.status === 'missing') this.digests[verdict.status]++;
    else this.digests.invalid++;
  }

  get problemCount(): number {
    return this.problems;
  }

  summary(): ValidationSummary {
    return {
      digests: { ...this.digests },
      logs: { ...this.logs },
      gaps: this.gaps,
      bundleFiles: this.bundleFiles,
      from: this.from.toISOString(),
      to: this.to.toISOString(),
    };
  }
}
