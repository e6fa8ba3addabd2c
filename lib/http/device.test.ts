import { describe, expect, it } from "vitest";
import { listLayoutFor } from "./device";

const IPHONE = "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1";
const ANDROID_WECHAT =
  "Mozilla/5.0 (Linux; Android 14; V2219A Build/UP1A; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/126.0.6478.71 Mobile Safari/537.36 MicroMessenger/8.0.50";
const IPAD = "Mozilla/5.0 (iPad; CPU OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1";
const DESKTOP = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36";

const layout = (h: Record<string, string>) => listLayoutFor(new Headers(h));

describe("listLayoutFor", () => {
  it("gives phones cards, in WeChat's browser too", () => {
    expect(layout({ "user-agent": IPHONE })).toBe("cards");
    expect(layout({ "user-agent": ANDROID_WECHAT })).toBe("cards");
  });

  it("gives desktops, tablets and unknown clients the table", () => {
    expect(layout({ "user-agent": DESKTOP })).toBe("table");
    expect(layout({ "user-agent": IPAD })).toBe("table");
    expect(layout({})).toBe("table");
  });

  it("follows Chromium's mobile client hint where the browser sends one (\"request desktop site\" sends ?0)", () => {
    expect(layout({ "user-agent": DESKTOP, "sec-ch-ua-mobile": "?1" })).toBe("cards");
    expect(layout({ "user-agent": ANDROID_WECHAT, "sec-ch-ua-mobile": "?0" })).toBe("table");
  });
});
