/**
 * The pane's settings: language and the optional sheet protection password. Kept in the browser's
 * localStorage, not in Office.context.document.settings: a password stored inside the file it protects
 * would protect nothing, and the language is a person's preference, not the document's.
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

type StorageLike = Pick<Storage, "getItem" | "setItem">;

export function localSettingsStore(storage: StorageLike | undefined = safeLocalStorage()): SettingsStore {
  let memory = DEFAULT_SETTINGS;
  return {
    load() {
      const raw = readItem(storage);
      return raw ? parseSettings(raw) : memory;
    },
    save(settings) {
      memory = settings;
      try {
        storage?.setItem(KEY, JSON.stringify(settings));
      } catch {
        // Storage full or blocked (private mode): the settings hold for this session only.
      }
    },
  };
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

function readItem(storage: StorageLike | undefined): string | null {
  try {
    return storage?.getItem(KEY) ?? null;
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
