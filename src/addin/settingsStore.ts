/**
 * The pane's settings: language and the optional sheet protection password. Kept in the browser's
 * localStorage, not in Office.context.document.settings: a password stored inside the file it protects
 * would protect nothing, and the language is a person's preference, not the document's. The key begins with
 * Office's partition key where Office gives one ("Persist add-in state and settings": "any private data
 * should be stored in partitioned localStorage"; Office.context.partitionKey, undefined where there is no
 * partitioning), the same in the pane and the ribbon commands.
 */
import { LANGUAGES, type Language } from "../scheme/ratingScheme";

export interface PaneSettings {
  readonly language: Language;
  /** Empty when the sheets are protected without a password. */
  readonly password: string;
}

export interface SettingsStore {
  load(): PaneSettings;
  save(settings: PaneSettings): void;
}

export const DEFAULT_SETTINGS: PaneSettings = { language: "de", password: "" };
const KEY = "zielbild.settings.v1";

type StorageLike = Pick<Storage, "getItem" | "setItem"> & Partial<Pick<Storage, "removeItem">>;

export function localSettingsStore(
  storage: StorageLike | undefined = safeLocalStorage(),
  partition: () => string = officePartitionKey,
): SettingsStore {
  let memory = DEFAULT_SETTINGS;
  const key = () => partition() + KEY;
  return {
    load() {
      // Settings saved before the key was partitioned are still found (and moved by the next save).
      const raw = readItem(storage, key()) ?? readItem(storage, KEY);
      return raw ? parseSettings(raw) : memory;
    },
    save(settings) {
      memory = settings;
      try {
        storage?.setItem(key(), JSON.stringify(settings));
        if (key() !== KEY) storage?.removeItem?.(KEY);
      } catch {
        // Storage full or blocked (private mode): the settings hold for this session only.
      }
    },
  };
}

/** Office.context.partitionKey once Office is ready; "" outside Office or where storage is not partitioned. */
function officePartitionKey(): string {
  try {
    const office = (globalThis as { Office?: { context?: { partitionKey?: string } } }).Office;
    return office?.context?.partitionKey ?? "";
  } catch {
    return "";
  }
}

export function parseSettings(raw: string): PaneSettings {
  try {
    const value = JSON.parse(raw) as Partial<Record<keyof PaneSettings, unknown>>;
    const language = LANGUAGES.includes(value.language as Language) ? (value.language as Language) : "de";
    const password = typeof value.password === "string" ? value.password : "";
    return { language, password };
  } catch {
    return DEFAULT_SETTINGS;
  }
}

function readItem(storage: StorageLike | undefined, key: string): string | null {
  try {
    return storage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

function safeLocalStorage(): StorageLike | undefined {
  try {
    return typeof localStorage === "undefined" ? undefined : localStorage;
  } catch {
    return undefined;
  }
}
