/** A CLI command: one file each under commands/. `run` returns the exit code (0 ok, 1 some inputs rejected, 2 usage or nothing usable). */
export interface CliIO {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  /** Reads all of standard input (for `-`). */
  readStdin: () => Promise<Buffer>;
  isTTY: boolean;
}

export interface Command {
  name: string;
  summary: string;
  usage: string;
  run(argv: string[], io: CliIO): Promise<number>;
}
