import { detectHost } from "../../src/taskpane/officeHost";

const HostType = { Excel: "Excel", Word: "Word" } as unknown as typeof Office.HostType;

function fakeOffice(host: string | null): Parameters<typeof detectHost>[0] {
  return { HostType, onReady: async () => ({ host, platform: null }) } as unknown as Parameters<
    typeof detectHost
  >[0];
}

test("without Office.js the pane reports no Office instead of failing", async () => {
  await expect(detectHost(undefined)).resolves.toBe("no-office");
});

test("Office.onReady decides between Excel and other hosts", async () => {
  await expect(detectHost(fakeOffice("Excel"))).resolves.toBe("excel");
  await expect(detectHost(fakeOffice("Word"))).resolves.toBe("other-host");
  await expect(detectHost(fakeOffice(null))).resolves.toBe("other-host");
});
