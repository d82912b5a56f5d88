/**
 * A plain static HTTPS server as a county's IT would run it (docs/betrieb.md): a self-signed certificate
 * made for the test, the unzipped package under a folder, and the headers the docs recommend — nothing
 * from webpack's dev server. DEPLOY_HEADERS is the one statement of those headers; a tooling test holds
 * the nginx and IIS examples in docs/betrieb.md to it.
 */
import { createHash, generateKeyPairSync, X509Certificate } from "node:crypto";
import { existsSync, readFileSync, statSync } from "node:fs";
import { createServer, type Server } from "node:https";
import type { AddressInfo } from "node:net";
import path from "node:path";

/** The subset of node-forge (already installed with office-addin-dev-certs) used to sign a certificate. */
interface Forge {
  pki: {
    publicKeyFromPem(pem: string): unknown;
    privateKeyFromPem(pem: string): unknown;
    certificateToPem(cert: unknown): string;
    createCertificate(): {
      publicKey: unknown;
      serialNumber: string;
      validity: { notBefore: Date; notAfter: Date };
      setSubject(attrs: { name: string; value: string }[]): void;
      setIssuer(attrs: { name: string; value: string }[]): void;
      setExtensions(extensions: Record<string, unknown>[]): void;
      sign(key: unknown, digest: unknown): void;
    };
  };
  md: { sha256: { create(): unknown } };
}

export interface Certificate {
  key: string;
  cert: string;
  /** base64 SHA-256 of the public key, for Chromium's --ignore-certificate-errors-spki-list. */
  spki: string;
}

/** A self-signed certificate for `hostname` (and 127.0.0.1), valid for a day. */
export function selfSignedCertificate(hostname: string): Certificate {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- node-forge ships no types
  const forge = require("node-forge") as Forge;
  const { publicKey, privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const publicPem = publicKey.export({ type: "spki", format: "pem" }).toString();
  const privatePem = privateKey.export({ type: "pkcs8", format: "pem" }).toString();
  const cert = forge.pki.createCertificate();
  cert.publicKey = forge.pki.publicKeyFromPem(publicPem);
  cert.serialNumber = `01${createHash("sha256").update(hostname).digest("hex").slice(0, 14)}`;
  cert.validity.notBefore = new Date(Date.now() - 60_000);
  cert.validity.notAfter = new Date(Date.now() + 24 * 3600_000);
  const subject = [{ name: "commonName", value: hostname }];
  cert.setSubject(subject);
  cert.setIssuer(subject);
  cert.setExtensions([
    { name: "basicConstraints", cA: false },
    { name: "keyUsage", digitalSignature: true, keyEncipherment: true },
    { name: "extKeyUsage", serverAuth: true },
    {
      name: "subjectAltName",
      altNames: [
        { type: 2, value: hostname },
        { type: 7, ip: "127.0.0.1" },
      ],
    },
  ]);
  cert.sign(forge.pki.privateKeyFromPem(privatePem), forge.md.sha256.create());
  const certPem = forge.pki.certificateToPem(cert);
  const der = new X509Certificate(certPem).publicKey.export({ type: "spki", format: "der" });
  return { key: privatePem, cert: certPem, spki: createHash("sha256").update(der).digest("base64") };
}

export interface HeaderRule {
  /** What the rule covers, as docs/betrieb.md names it. */
  what: string;
  test: RegExp;
  contentType: string;
  cacheControl: string;
}

/**
 * The recommended headers, by file. Pages and the manifest are revalidated on every load, so a new
 * version reaches users at once; the scripts carry a content hash in their names and may be cached for a
 * year; icons for a day. Anything else is not served.
 */
export const DEPLOY_HEADERS: readonly HeaderRule[] = [
  { what: "Seiten", test: /\.html$/, contentType: "text/html; charset=utf-8", cacheControl: "no-cache" },
  {
    what: "Manifest",
    test: /\.xml$/,
    contentType: "application/xml; charset=utf-8",
    cacheControl: "no-cache",
  },
  {
    what: "Skripte mit Hash",
    test: /\.[0-9a-f]{8}\.js$/,
    contentType: "text/javascript; charset=utf-8",
    cacheControl: "public, max-age=31536000, immutable",
  },
  { what: "Symbole", test: /\.png$/, contentType: "image/png", cacheControl: "public, max-age=86400" },
  {
    what: "Lizenztexte",
    test: /\.txt$/,
    contentType: "text/plain; charset=utf-8",
    cacheControl: "public, max-age=86400",
  },
];

/** The browser suite's stand-in for Microsoft's Office.js (served under /testhost/; not part of a package). */
const TESTHOST_RULE: HeaderRule = {
  what: "Test-Host",
  test: /\.js$/,
  contentType: "text/javascript; charset=utf-8",
  cacheControl: "no-cache",
};

/** Sent with every file. */
export const COMMON_HEADERS: Readonly<Record<string, string>> = {
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "no-referrer",
};

/** The Content-Security-Policy of a page's meta tag: the header a page is served with must equal it. */
export function metaCsp(html: string): string | undefined {
  return /<meta http-equiv="?Content-Security-Policy"? content="([^"]+)"/i.exec(html)?.[1];
}

export interface DeployServer {
  readonly origin: string;
  readonly port: number;
  /** Every request the server answered: method, path and status. */
  readonly log: { method: string; path: string; status: number }[];
  close(): Promise<void>;
}

/**
 * Serves each folder under its prefix (e.g. "/zielbild/" → the unzipped package) over HTTPS on
 * 127.0.0.1. `hostname` is only what the origin is called (Chromium maps it to 127.0.0.1).
 */
export async function serveDeploy(
  roots: Readonly<Record<string, string>>,
  certificate: Certificate,
  hostname: string,
): Promise<DeployServer> {
  const log: DeployServer["log"] = [];
  const server: Server = createServer(
    { key: certificate.key, cert: certificate.cert },
    (request, response) => {
      const pathname = decodeURIComponent(new URL(request.url ?? "/", "https://host").pathname);
      const answer = (status: number, headers: Record<string, string>, body?: Buffer | string) => {
        log.push({ method: request.method ?? "", path: pathname, status });
        response.writeHead(status, { ...COMMON_HEADERS, ...headers });
        response.end(request.method === "HEAD" ? undefined : body);
      };
      if (request.method !== "GET" && request.method !== "HEAD") {
        answer(405, { Allow: "GET, HEAD", "Content-Type": "text/plain; charset=utf-8" }, "nicht erlaubt");
        return;
      }
      const file = resolve(roots, pathname);
      const rules = pathname.startsWith("/testhost/") ? [TESTHOST_RULE] : DEPLOY_HEADERS;
      const rule = file ? rules.find((r) => r.test.test(file)) : undefined;
      if (!file || !rule) {
        answer(404, { "Content-Type": "text/plain; charset=utf-8" }, "nicht gefunden");
        return;
      }
      const body = readFileSync(file);
      const headers: Record<string, string> = {
        "Content-Type": rule.contentType,
        "Cache-Control": rule.cacheControl,
      };
      if (file.endsWith(".html")) {
        const csp = metaCsp(body.toString("utf8"));
        if (csp) headers["Content-Security-Policy"] = csp;
      }
      answer(200, headers, body);
    },
  );
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `https://${hostname}:${port}`,
    port,
    log,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

function resolve(roots: Readonly<Record<string, string>>, pathname: string): string | undefined {
  const prefix = Object.keys(roots)
    .sort((a, b) => b.length - a.length)
    .find((p) => pathname.startsWith(p));
  if (prefix === undefined) return undefined;
  const root = path.resolve(roots[prefix]!);
  const file = path.resolve(root, "." + pathname.slice(prefix.length - 1));
  if (!file.startsWith(root + path.sep)) return undefined;
  return existsSync(file) && statSync(file).isFile() ? file : undefined;
}
