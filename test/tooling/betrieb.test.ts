/**
 * docs/betrieb.md against the build and the browser suite's server: the Content-Security-Policy the docs
 * tell an administrator to send equals the pages' meta tag, and the nginx and IIS examples carry the
 * MIME types and cache rules the deploy test serves with (test/e2e/deployServer.ts, DEPLOY_HEADERS).
 */
import { readFileSync } from "fs";
import path from "path";
import { COMMON_HEADERS, DEPLOY_HEADERS } from "../e2e/deployServer";

const repoRoot = path.resolve(__dirname, "..", "..");
const doc = readFileSync(path.join(repoRoot, "docs", "betrieb.md"), "utf8");
// eslint-disable-next-line @typescript-eslint/no-require-imports -- webpack.config.js is CommonJS
const { contentSecurityPolicy } = require(path.join(repoRoot, "webpack.config.js")) as {
  contentSecurityPolicy(officejs?: string): string;
};

/** The body of the first fenced block in the given language after a heading. */
function block(language: string): string {
  const match = new RegExp("```" + language + "\\n([\\s\\S]*?)```").exec(doc);
  if (!match?.[1]) throw new Error(`docs/betrieb.md: kein \`\`\`${language}-Block`);
  return match[1];
}

const nginx = block("nginx");
const iis = block("xml");

test("every Content-Security-Policy in the docs equals the pages' meta tag of a package", () => {
  const csp = contentSecurityPolicy("cdn");
  const stated = [
    ...[...nginx.matchAll(/add_header Content-Security-Policy "([^"]+)"/g)].map((m) => m[1]),
    ...[...iis.matchAll(/RESPONSE_Content_Security_Policy[\s\S]*?value="([^"]+)"/g)].map((m) => m[1]),
    ...[...doc.matchAll(/^\s*(default-src [^\n]+)$/gm)].map((m) => m[1]!.trim()),
  ];
  expect(stated.length).toBeGreaterThanOrEqual(3);
  for (const value of stated) expect(value).toBe(csp);
});

test("the table, nginx and IIS state each file type's MIME type and cache rule as the deploy test serves", () => {
  for (const rule of DEPLOY_HEADERS) {
    expect(doc).toContain(`\`${rule.contentType}\` | \`${rule.cacheControl}\``);
    const bare = rule.contentType.replace(/;.*$/, "");
    expect(nginx).toMatch(new RegExp(`\\b${bare.replace("/", "\\/")}\\s+\\w+;`));
    expect(iis).toContain(`mimeType="${rule.contentType}"`);
    if (rule.cacheControl === "no-cache") {
      expect(nginx).toContain(`add_header Cache-Control "no-cache" always;`);
      expect(iis).toContain(`<action type="Rewrite" value="no-cache" />`);
    } else {
      expect(nginx).toContain(`add_header Cache-Control "${rule.cacheControl}" always;`);
      expect(iis).toContain(`<action type="Rewrite" value="${rule.cacheControl}" />`);
    }
  }
  for (const [name, value] of Object.entries(COMMON_HEADERS)) {
    expect(nginx).toContain(`add_header ${name} "${value}" always;`);
    expect(iis).toContain(`<add name="${name}" value="${value}" />`);
  }
});

test("the docs cover distribution, updates, roll-back and data protection", () => {
  for (const phrase of [
    "npm run package -- --url https://intranet.example.de/zielbild/",
    "npm run validate:offline -- dist/manifest.xml",
    "Einstellungen → Integrierte",
    "Kataloge vertrauenswürdiger Add-Ins",
    "Version erhöhen",
    "Eine Version zurücknehmen",
    "Zielbild braucht keinen eigenen Server.",
    "Keine Daten verlassen die Arbeitsmappe.",
    "XML-Manifest",
  ]) {
    expect(doc).toContain(phrase);
  }
});
