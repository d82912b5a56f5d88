/**
 * The built add-in as it is shipped (dist/, from `npm run build`; `npm run test:all` builds first, or set
 * ZIELBILD_DIST to another build folder): pages with a strict Content-Security-Policy, scripts without
 * eval, no external URL but Microsoft's Office.js CDN, and a manifest that trusts no other domain.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

const ROOT = path.resolve(__dirname, "../..");
const DIST = path.resolve(ROOT, process.env.ZIELBILD_DIST ?? "dist");
const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const OFFICE_JS_ORIGIN = "https://appsforoffice.microsoft.com";

function distFiles(extension: string): string[] {
  if (!existsSync(DIST)) throw new Error(`${DIST} fehlt: erst „npm run build“ ausführen.`);
  return readdirSync(DIST)
    .filter((f) => f.endsWith(extension))
    .map((f) => path.join(DIST, f));
}

const URL_PATTERN = /https?:\/\/[^\s"'`<>)\\]+/g;

/**
 * URLs that stand in the bundle as names, never fetched: XML namespaces (React DOM, SVG), zod's JSON
 * Schema dialect identifiers, React's link to its error decoder inside error messages, and the template
 * zod's IPv6 check hands to `new URL` to parse an address (no request).
 */
const NAME_ONLY_URLS = [
  /^http:\/\/www\.w3\.org\/(1999\/xlink|2000\/svg|XML\/1998\/namespace|1998\/Math\/MathML|1999\/xhtml)$/,
  /^https?:\/\/json-schema\.org\/draft(-0[47]|\/2020-12)\/schema#?$/,
  /^https:\/\/react\.dev\/errors\/$/,
  /^http:\/\/\[\$\{[\w$]+\}\]$/,
  // The Word annex (docx, loaded only when a download is asked for): the namespaces of the parts it writes
  // and a link inside its own error message for list levels over 9.
  /^http:\/\/schemas\.(openxmlformats\.org|microsoft\.com\/office)\/[\w./-]+$/,
  /^http:\/\/purl\.(org\/dc|oclc\.org\/ooxml)\/[\w./-]*$/,
  /^http:\/\/www\.w3\.org\/2001\/XMLSchema-instance$/,
  /^https:\/\/answers\.microsoft\.com\/en-us\/msoffice\/forum\/all\/does-word-support-more-than-9-list-levels\/[\w-]+$/,
];

/**
 * zod's two eval sites: the feature probe `try { new Function("") } catch` and Doc.compile, which only
 * runs when that probe succeeded. Both are dead with z.config({ jitless: true }) (src/catalogue/schema.ts,
 * proven in noEval.test.ts); the CSP would refuse them anyway.
 */
const KNOWN_ZOD_SITES = [/try\{return new Function\(""\),!0\}catch/g, /compile\(\)\{const [\w$]+=Function,/g];

function csp(html: string): Map<string, string[]> {
  const content = /<meta http-equiv="?Content-Security-Policy"? content="([^"]+)"/i.exec(html)?.[1];
  if (!content) throw new Error("keine Content-Security-Policy");
  return new Map(
    content
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .map(([name, ...values]) => [name!, values]),
  );
}

describe("built pages", () => {
  it.each(["taskpane.html", "commands.html"])(
    "%s has a strict CSP and loads only Office.js from outside",
    (page) => {
      const html = readFileSync(path.join(DIST, page), "utf8");
      const policy = csp(html);
      expect(policy.get("default-src")).toEqual(["'self'"]);
      expect(policy.get("script-src")).toEqual(["'self'", OFFICE_JS_ORIGIN]);
      expect(policy.get("connect-src")).toEqual(["'self'"]);
      expect(policy.get("object-src")).toEqual(["'none'"]);
      expect(policy.get("form-action")).toEqual(["'none'"]);
      expect(html).not.toMatch(/unsafe-eval|wasm-unsafe-eval/);
      const external = [...html.matchAll(URL_PATTERN)].map((m) => m[0].replace(/;$/, ""));
      expect(new Set(external)).toEqual(new Set([OFFICE_JS_CDN, OFFICE_JS_ORIGIN]));
      const scripts = [...html.matchAll(/<script[^>]*\bsrc="?([^"\s>]+)/g)].map((m) => m[1]);
      expect(scripts.filter((src) => /^https?:/.test(src!))).toEqual([OFFICE_JS_CDN]);
    },
  );
});

describe("built scripts", () => {
  const scripts = () => distFiles(".js").map((file) => ({ file, code: readFileSync(file, "utf8") }));

  it("exist", () => expect(scripts().length).toBeGreaterThanOrEqual(2));

  it("call no eval and build no functions from strings (apart from zod's two dead sites)", () => {
    for (const { file, code } of scripts()) {
      const rest = KNOWN_ZOD_SITES.reduce((text, site) => text.replace(site, ""), code);
      expect({ file, evals: rest.match(/(^|[^\w$.])eval\s*\(/g) ?? [] }).toEqual({ file, evals: [] });
      expect({ file, functions: rest.match(/new\s+Function\s*\(|[=(,]\s*Function\s*[,;)]/g) ?? [] }).toEqual({
        file,
        functions: [],
      });
      expect({ file, timers: rest.match(/set(Timeout|Interval)\(\s*["'`]/g) ?? [] }).toEqual({
        file,
        timers: [],
      });
    }
  });

  it("name no external URL that could be fetched", () => {
    const fetchable = scripts().flatMap(({ file, code }) =>
      [...code.matchAll(URL_PATTERN)]
        .map((m) => m[0])
        .filter((url) => !NAME_ONLY_URLS.some((allowed) => allowed.test(url)))
        .map((url) => `${path.basename(file)}: ${url}`),
    );
    expect(fetchable).toEqual([]);
  });
});

describe("manifest", () => {
  it.each(["manifest.xml", path.join(path.relative(ROOT, DIST), "manifest.xml")])(
    "%s trusts no extra domain and points only at the add-in's own origin",
    (file) => {
      const xml = readFileSync(path.join(ROOT, file), "utf8");
      const appDomains = [...xml.matchAll(/<AppDomain>([^<]*)<\/AppDomain>/g)].map((m) => m[1]);
      expect(appDomains).toEqual([]);
      const source = /<SourceLocation DefaultValue="([^"]+)"/.exec(xml)?.[1];
      expect(source).toBeDefined();
      const origin = new URL(source!).origin;
      const urls = [...xml.matchAll(/DefaultValue="(https?:\/\/[^"]+)"/g)].map((m) => new URL(m[1]!).origin);
      expect(new Set(urls)).toEqual(new Set([origin]));
    },
  );
});
