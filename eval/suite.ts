/** An evaluation suite: scores the engine on one data set under ../shared/eval (or the seeds). */
export interface Score {
  /** Stable metric name, e.g. `conll.f1`. Higher is better for every gated metric. */
  metric: string;
  value: number;
  /** Published reference points to print beside ours, e.g. { 'Stanford CRF (testb)': 86.9 }. */
  reference?: Record<string, number>;
  /** Extra detail printed under the table (counts, precision/recall). */
  detail?: string;
}

export interface SuiteContext {
  /** Absolute path of ../shared (contains eval/ and seeds/). */
  shared: string;
  /** Run on a subset for a quick look (the gate always runs the full dev data). */
  quick: boolean;
}

export interface EvalSuite {
  name: string;
  /** Data this suite needs, relative to shared/ ('' for none); the suite is skipped when it is missing. */
  needs: string;
  /** Extra tables (e.g. systems side by side), printed after the main table. */
  run(ctx: SuiteContext): Promise<{ scores: Score[]; tables?: string[] }>;
}
