/**
 * Draws the add-in icons (a traffic light in the rating scheme's colours) as PNGs into assets/.
 * Run: npx tsx scripts/make-icons.ts — the PNGs are committed; the build only copies them.
 */
import { writeFileSync } from "fs";
import path from "path";
import { deflateSync } from "zlib";
import { LEVELS, type LevelCode } from "../src/scheme/ratingScheme";

export const ICON_SIZES = [16, 32, 64, 80] as const;

type Rgba = readonly [number, number, number, number];

const HOUSING: Rgba = [50, 49, 48, 255];
const SUPERSAMPLING = 4;

function levelColour(code: LevelCode): Rgba {
  const level = LEVELS.find((l) => l.code === code);
  if (!level) throw new Error(`rating scheme has no level ${code}`);
  const hex = level.fill;
  return [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16)).concat(255) as unknown as Rgba;
}

/** Which colour covers the point (x, y) of a unit square, or undefined for the transparent background. */
function paintAt(x: number, y: number, lamps: readonly Rgba[]): Rgba | undefined {
  const lampRadius = 0.125;
  for (const [i, colour] of lamps.entries()) {
    const cy = 0.2 + i * 0.3;
    if ((x - 0.5) ** 2 + (y - cy) ** 2 <= lampRadius ** 2) return colour;
  }
  return insideRoundedRect(x, y, { left: 0.25, top: 0.02, right: 0.75, bottom: 0.98, radius: 0.16 })
    ? HOUSING
    : undefined;
}

function insideRoundedRect(
  x: number,
  y: number,
  r: { left: number; top: number; right: number; bottom: number; radius: number },
): boolean {
  if (x < r.left || x > r.right || y < r.top || y > r.bottom) return false;
  const dx = Math.max(r.left + r.radius - x, 0, x - (r.right - r.radius));
  const dy = Math.max(r.top + r.radius - y, 0, y - (r.bottom - r.radius));
  return dx * dx + dy * dy <= r.radius * r.radius;
}

/** RGBA pixels, averaged over SUPERSAMPLING² samples per pixel for smooth edges. */
export function renderIcon(size: number): Buffer {
  const lamps = [levelColour("gering"), levelColour("mittel"), levelColour("hoch")];
  const pixels = Buffer.alloc(size * size * 4);
  const samples = SUPERSAMPLING * SUPERSAMPLING;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0, 0];
      for (let s = 0; s < samples; s++) {
        const x = (px + ((s % SUPERSAMPLING) + 0.5) / SUPERSAMPLING) / size;
        const y = (py + (Math.floor(s / SUPERSAMPLING) + 0.5) / SUPERSAMPLING) / size;
        const colour = paintAt(x, y, lamps);
        if (!colour) continue;
        for (let c = 0; c < 3; c++) sum[c]! += colour[c]! * colour[3];
        sum[3]! += colour[3];
      }
      const offset = (py * size + px) * 4;
      const alpha = sum[3]!;
      for (let c = 0; c < 3; c++) pixels[offset + c] = alpha ? Math.round(sum[c]! / alpha) : 0;
      pixels[offset + 3] = Math.round(alpha / samples);
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(data: Buffer): number {
  let c = 0xffffffff;
  for (const byte of data) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** Encodes RGBA pixels as an 8-bit truecolour-with-alpha PNG. */
export function encodePng(width: number, height: number, rgba: Buffer): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const rows = [];
  for (let y = 0; y < height; y++) {
    rows.push(Buffer.from([0]), rgba.subarray(y * width * 4, (y + 1) * width * 4));
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

if (require.main === module) {
  const dir = path.resolve(__dirname, "..", "assets");
  for (const size of ICON_SIZES) {
    const file = path.join(dir, `icon-${size}.png`);
    writeFileSync(file, encodePng(size, size, renderIcon(size)));
    console.log(`wrote ${path.relative(process.cwd(), file)}`);
  }
}
