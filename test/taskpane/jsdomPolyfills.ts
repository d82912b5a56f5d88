/** What jest's jsdom environment lacks but browsers (and the core) have. Import first. */
import { TextDecoder, TextEncoder } from "node:util";

const g = globalThis as Record<string, unknown>;
g.TextEncoder ??= TextEncoder;
g.TextDecoder ??= TextDecoder;
g.structuredClone ??= (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;

/** Fluent's MessageBar measures itself; jsdom has no layout, so nothing ever resizes. */
class NoResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
g.ResizeObserver ??= NoResizeObserver;
