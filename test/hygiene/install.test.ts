/**
 * `npm ci && npm run workbook` must work on a machine with only Node and npm: no compiler, no libsecret.
 * Judged from package-lock.json and the installed package manifests, so a machine that happens to have
 * the build tools (CI installs chromium and LibreOffice, not compilers) cannot hide a native build.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

const ROOT = path.resolve(__dirname, "../..");

interface LockEntry {
  version?: string;
  dev?: boolean;
  optional?: boolean;
  devOptional?: boolean;
  hasInstallScript?: boolean;
}

/**
 * Packages that `npm ci` installs unconditionally and that have an install script, each with the reason
 * the script compiles nothing on a machine without build tools.
 */
const INSTALL_SCRIPTS_THAT_DO_NOT_COMPILE: Record<string, string> = {
  "@parcel/watcher":
    "builds from source only when npm_config_build_from_source=true; binaries come as optional packages",
  esbuild: "checks the platform binary that its optional package brings; compiles nothing",
};

const NATIVE_BUILD = /node-gyp|prebuild-install|node-pre-gyp|cmake-js|\bmake\b|\bgcc\b|\bg\+\+/;

function lockPackages(): Array<[string, LockEntry]> {
  const lock = JSON.parse(readFileSync(path.join(ROOT, "package-lock.json"), "utf8")) as {
    packages: Record<string, LockEntry>;
  };
  return Object.entries(lock.packages).filter(([key]) => key.startsWith("node_modules/"));
}

function packageName(lockKey: string): string {
  return lockKey.slice(lockKey.lastIndexOf("node_modules/") + "node_modules/".length);
}

/** What npm runs at install: the scripts, or `node-gyp rebuild` when a binding.gyp stands alone. */
function installCommands(lockKey: string): string[] {
  const dir = path.join(ROOT, lockKey);
  const manifest = JSON.parse(readFileSync(path.join(dir, "package.json"), "utf8")) as {
    scripts?: Record<string, string>;
  };
  const scripts = manifest.scripts ?? {};
  const commands = ["preinstall", "install", "postinstall"].flatMap((s) => (scripts[s] ? [scripts[s]] : []));
  if (!scripts.install && !scripts.preinstall && existsSync(path.join(dir, "binding.gyp"))) {
    commands.push("node-gyp rebuild");
  }
  return commands;
}

const unconditional = lockPackages().filter(([, entry]) => !entry.optional && !entry.devOptional);

describe("npm ci on a machine with only Node and npm", () => {
  it("installs no package whose install script is not known to compile nothing", () => {
    const withScripts = unconditional.filter(([, e]) => e.hasInstallScript).map(([k]) => packageName(k));
    expect([...new Set(withScripts)].sort()).toEqual(Object.keys(INSTALL_SCRIPTS_THAT_DO_NOT_COMPILE).sort());
  });

  it("runs no native build step in any unconditionally installed package", () => {
    const native = unconditional
      .filter(([key]) => existsSync(path.join(ROOT, key, "package.json")))
      .flatMap(([key]) =>
        installCommands(key)
          .filter((c) => NATIVE_BUILD.test(c))
          .map((c) => `${key}: ${c}`),
      );
    expect(native).toEqual([]);
  });

  it("does not install keytar or the sideload tooling that needs it (npm start fetches it on first use)", () => {
    const names = new Set(lockPackages().map(([k]) => packageName(k)));
    expect(names.has("keytar")).toBe(false);
    expect(names.has("office-addin-debugging")).toBe(false);
    const pkg = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as {
      scripts: Record<string, string>;
    };
    expect(pkg.scripts.start).toMatch(/^npx --yes office-addin-debugging@\d+ start manifest\.xml$/);
  });
});
