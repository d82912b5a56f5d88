/** Dates as the workbook, the documents and the messages show them. */

/** Today as YYYY-MM-DD in local time (the date a user reads on the calendar). */
export function localIsoDate(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** "31.05.2023" in German, "2023-05-31" in English, from an ISO date or timestamp (anything else as it is). */
export function formatDate(iso: string, lang: "de" | "en"): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) return iso;
  const [, year, month, day] = match;
  return lang === "de" ? `${day}.${month}.${year}` : `${year}-${month}-${day}`;
}
