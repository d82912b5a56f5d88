/**
 * Ribbon function commands (manifest.xml: ExecuteFunction "runCheck" in commands.html).
 * Excel offers function commands no notification surface; the real check will report through the pane.
 */
export function runCheck(event: Office.AddinCommands.Event): void {
  event.completed();
}

export function registerCommands(office: Pick<typeof Office, "actions">): void {
  office.actions.associate("runCheck", runCheck);
}

if (typeof Office !== "undefined") {
  void Office.onReady();
  registerCommands(Office);
}
