/** A tiny static server for the browser suite: dist/ at "/", the bundled test host at "/testhost/". */
import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".png": "image/png",
  ".xml": "application/xml",
  ".map": "application/json",
};

export interface StaticServer {
  readonly origin: string;
  close(): Promise<void>;
}

export async function serve(roots: Readonly<Record<string, string>>): Promise<StaticServer> {
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://localhost");
    const file = resolve(roots, decodeURIComponent(url.pathname));
    if (!file) {
      response.writeHead(404).end("not found");
      return;
    }
    response.writeHead(200, { "Content-Type": TYPES[path.extname(file)] ?? "application/octet-stream" });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

function resolve(roots: Readonly<Record<string, string>>, pathname: string): string | undefined {
  const prefix = Object.keys(roots)
    .sort((a, b) => b.length - a.length)
    .find((p) => pathname.startsWith(p));
  if (prefix === undefined) return undefined;
  const root = roots[prefix]!;
  const file = path.resolve(root, "." + pathname.slice(prefix.length - 1));
  if (!file.startsWith(path.resolve(root))) return undefined;
  return existsSync(file) && statSync(file).isFile() ? file : undefined;
}
