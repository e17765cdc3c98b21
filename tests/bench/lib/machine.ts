/** The machine's load, printed beside every benchmark's figures so a noisy run shows. */
import { cpus, loadavg } from 'node:os';

export function machineLoad(): string {
  const [one, five, fifteen] = loadavg().map((l) => l.toFixed(2));
  return `machine load ${one} / ${five} / ${fifteen} (1/5/15 min) on ${cpus().length} CPUs`;
}

/** Prints the load with a label (call before and after the measured part). */
export function printLoad(label = ''): void {
  console.log(`  [${label ? `${label}: ` : ''}${machineLoad()}]`);
}

/** `value / floor` as "2.31×". */
export const ratio = (value: number, floor: number) => `${(value / floor).toFixed(2)}×`;
