import { expect, test } from "./fixtures";
import { signIn } from "./helpers";

// A tiny valid PNG (1×1, red) standing in for a phone photo.
const PHOTO = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==", "base64");
// A file that is a PDF by its first bytes and an HTML page to a browser that renders it as one.
const POLYGLOT = Buffer.from("%PDF-1.4\n<html><body><h1 id=owned>not a PDF</h1><script>document.title='ran'</script></body></html>\n%%EOF\n");
const TITLE = `证据文件安全检查 ${Date.now().toString().slice(-6)}`;

test("evidence files keep their sandbox: a photo inline, a PDF only as a download", async ({ page }) => {
  await signIn(page, "leader");
  await page.goto("/records/new?kind=study_session");
  await page.getByLabel("标题（主题）").fill(TITLE);
  await page.getByText("学技术", { exact: true }).click();
  await page.getByText("岗位学习", { exact: true }).click();
  await page.getByLabel("学时").fill("1");
  await page.getByLabel("主讲人").fill("王建国");
  await page.locator("#field-attendees input[type=checkbox]").first().check();
  await page.getByTestId("evidence-files").setInputFiles([
    { name: "现场照片.png", mimeType: "image/png", buffer: PHOTO },
    { name: "签到表.pdf", mimeType: "application/pdf", buffer: POLYGLOT },
  ]);
  await page.getByRole("button", { name: "提交审核" }).click();
  await expect(page).toHaveURL(/\/records\/[0-9a-f-]{36}\?saved=submitted/);

  const evidence = page.locator("main").getByRole("list", { name: "佐证材料（照片、文件）" });
  const photoUrl = await evidence.locator("a", { has: page.locator("img") }).getAttribute("href");
  const pdfUrl = await evidence.locator("a[title='签到表.pdf']").getAttribute("href");
  for (const url of [photoUrl!, `${photoUrl}?thumb=1`, pdfUrl!, `${pdfUrl}?thumb=1`]) {
    const res = await page.request.get(url);
    expect(res.status(), url).toBe(200);
    const csp = res.headers()["content-security-policy"];
    expect(csp, url).toBe("default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox");
    expect(res.headers()["x-content-type-options"], url).toBe("nosniff");
  }
  expect((await page.request.get(photoUrl!)).headers()["content-disposition"]).toMatch(/^inline;/);
  const pdf = await page.request.get(pdfUrl!);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  expect(pdf.headers()["content-disposition"]).toMatch(/^attachment; filename\*=UTF-8''%E7%AD%BE%E5%88%B0%E8%A1%A8\.pdf$/);

  // What the user notices: the PDF link downloads the file, and nothing of it runs as a page.
  const [download] = await Promise.all([page.waitForEvent("download"), evidence.locator("a[title='签到表.pdf']").click()]);
  expect(download.suggestedFilename()).toBe("签到表.pdf");
  await expect(page).not.toHaveTitle("ran");
  await expect(page.locator("#owned")).toHaveCount(0);
});
