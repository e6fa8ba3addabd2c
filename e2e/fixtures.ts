import { test as base, expect, type BrowserContext } from "@playwright/test";

/**
 * Every spec's `test`: fails a test in which a page's translations lacked a message. The browser
 * gets only lib/i18n/client-messages.ts's part of the catalogue, and a message missing there shows
 * as a raw key; next-intl reports it on the console. Covers contexts a test opens itself too.
 */
export const test = base.extend<{ missingMessages: void }>({
  missingMessages: [
    async ({ context, browser }, use) => {
      const missing: string[] = [];
      const watch = (c: BrowserContext) =>
        c.on("console", (m) => {
          if (m.type() === "error" && /MISSING_MESSAGE|INSUFFICIENT_PATH/.test(m.text())) missing.push(`${m.text()} (${m.location().url})`);
        });
      watch(context);
      const newContext = browser.newContext.bind(browser);
      browser.newContext = async (options) => {
        const c = await newContext(options);
        watch(c);
        return c;
      };
      await use();
      browser.newContext = newContext;
      expect(missing, "messages missing in the browser (lib/i18n/client-messages.ts)").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
