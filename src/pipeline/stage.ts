/**
 * A stage is { name, requires, assigns, run }. Building a pipeline checks that every stage's requirements are
 * assigned by an earlier stage (or present at the start), and names the stage and what is missing when not.
 */
import { CorroborateError } from '../errors.ts';

export interface Stage<T, K extends string = string> {
  name: string;
  requires: readonly K[];
  assigns: readonly K[];
  run(input: T): T;
}

export interface Pipeline<T> {
  stages: readonly string[];
  run(input: T): T;
  /**
   * Every input through the stages, stage by stage: the first stage over all inputs, then the next (each stage's
   * tables and code stay hot). For stages that are pure per input, the same outputs as `inputs.map(run)`.
   */
  runAll(inputs: readonly T[]): T[];
}

export function buildPipeline<T, K extends string>(
  stages: readonly Stage<T, K>[],
  initial: readonly K[],
): Pipeline<T> {
  const have = new Set<K>(initial);
  for (const stage of stages) {
    const missing = stage.requires.filter((r) => !have.has(r));
    if (missing.length > 0) {
      throw new CorroborateError('PIPELINE_UNMET_REQUIREMENT', {
        stage: stage.name,
        missing: missing.join(', '),
      });
    }
    for (const a of stage.assigns) have.add(a);
  }
  return {
    stages: stages.map((s) => s.name),
    run(input: T): T {
      let value = input;
      for (const stage of stages) value = stage.run(value);
      return value;
    },
    runAll(inputs: readonly T[]): T[] {
      const values = inputs.slice();
      for (const stage of stages) for (let i = 0; i < values.length; i++) values[i] = stage.run(values[i]!);
      return values;
    },
  };
}
