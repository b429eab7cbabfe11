// Describes the machine a benchmark ran on: cores, memory, CPU model, Node and Chromium versions. Must not import app code.
import { availableParallelism, cpus, totalmem } from 'node:os';

export interface Machine {
  cores: number;
  memoryGiB: number;
  cpu: string;
  node: string;
  chromium: string;
}

export function describeMachine(chromium: string): Machine {
  return {
    cores: availableParallelism(),
    memoryGiB: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    node: process.version,
    chromium,
  };
}
