/** Where the pane runs: inside Excel, in another Office application, or without Office.js at all. */
export type HostStatus = "excel" | "other-host" | "no-office";

type OfficeLike = Pick<typeof Office, "onReady" | "HostType">;

/** Waits for Office.js; a missing Office.js (plain browser, blocked CDN) is reported, not thrown. */
export async function detectHost(office: OfficeLike | undefined): Promise<HostStatus> {
  if (!office) return "no-office";
  const info = await office.onReady();
  return info.host === office.HostType.Excel ? "excel" : "other-host";
}

export function globalOffice(): OfficeLike | undefined {
  return typeof Office === "undefined" ? undefined : Office;
}
