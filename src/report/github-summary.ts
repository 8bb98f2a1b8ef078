import type { CheckResult } from '../check.js';
import type { ReportOptions } from './types.js';

/** Placeholder: being written. */
export async function appendStepSummary(file: string, result: CheckResult, options: ReportOptions): Promise<void> {
  void file;
  void result;
  void options;
}
