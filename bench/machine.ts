/** The machine and source state a result was measured on. */
import { execFileSync } from "node:child_process";
import os from "node:os";

export interface Machine {
  readonly cpu: string;
  readonly cores: number;
  readonly ramGiB: number;
  readonly node: string;
  readonly platform: string;
  /** 1-minute load average when the bench started: other work on the machine makes times noisy. */
  readonly loadAtStart: number;
  readonly commit: string;
  readonly uncommittedChanges: boolean;
}

export function machine(): Machine {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() ?? "unknown",
    cores: cpus.length,
    ramGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
    loadAtStart: Math.round(os.loadavg()[0]! * 100) / 100,
    commit: git(["rev-parse", "--short", "HEAD"]) ?? "unknown",
    uncommittedChanges: (git(["status", "--porcelain", "--untracked-files=no"]) ?? "") !== "",
  };
}

function git(args: string[]): string | undefined {
  try {
    return execFileSync("git", args, { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    return undefined;
  }
}

export function describeMachine(m: Machine): string {
  return (
    `${m.cpu}, ${m.cores} cores, ${m.ramGiB} GiB RAM, Node ${m.node}, ${m.platform}; ` +
    `load ${m.loadAtStart} at start; commit ${m.commit}${m.uncommittedChanges ? " + uncommitted changes" : ""}`
  );
}
