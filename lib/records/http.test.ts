import { describe, expect, it } from "vitest";
import { readJson, refuseForeign, resultResponse, TOO_LARGE } from "./http";
import { invalid, refuse } from "@/lib/actions/result";

const post = (headers: Record<string, string>, body = "{}") => new Request("http://cz.example/api/records", { method: "POST", headers, body });

describe("the JSON record endpoints' request checks", () => {
  it("refuse another site's request, whatever it sends", () => {
    expect(refuseForeign(post({ host: "cz.example", origin: "https://evil.example", "content-type": "application/json" }))?.status).toBe(403);
    expect(refuseForeign(post({ host: "cz.example", "sec-fetch-site": "cross-site", "content-type": "application/json" }))?.status).toBe(403);
  });

  it("refuse a body that is not JSON (a cross-site form cannot send JSON without a preflight)", () => {
    expect(refuseForeign(post({ host: "cz.example", origin: "http://cz.example", "content-type": "application/x-www-form-urlencoded" }))?.status).toBe(415);
    expect(refuseForeign(post({ host: "cz.example", origin: "http://cz.example" }))?.status).toBe(415);
  });

  it("let this site's multipart (a record with its photos) through only where the route asks, and never another site's", () => {
    const multipart = "multipart/form-data; boundary=x";
    expect(refuseForeign(post({ host: "cz.example", origin: "http://cz.example", "content-type": multipart }), { multipart: true })).toBeNull();
    expect(refuseForeign(post({ host: "cz.example", origin: "https://evil.example", "content-type": multipart }), { multipart: true })?.status).toBe(403);
    expect(refuseForeign(post({ host: "cz.example", "sec-fetch-site": "cross-site", "content-type": multipart }), { multipart: true })?.status).toBe(403);
    expect(refuseForeign(post({ host: "cz.example", origin: "http://cz.example", "content-type": multipart }))?.status).toBe(415);
  });

  it("let this site's JSON through", () => {
    expect(refuseForeign(post({ host: "cz.example", origin: "http://cz.example", "content-type": "application/json; charset=utf-8" }))).toBeNull();
  });

  it("read only a JSON object", async () => {
    expect(await readJson(post({}, '{"kind":"proposal"}'))).toEqual({ kind: "proposal" });
    expect(await readJson(post({}, "[1,2]"))).toBeNull();
    expect(await readJson(post({}, "not json"))).toBeNull();
  });
});

describe("an action's result as an HTTP answer", () => {
  it("maps success, field errors, not found, forbidden and already handled", async () => {
    expect(resultResponse({ ok: true }, 201).status).toBe(201);
    expect(resultResponse(invalid({ title: ["validation.required"] })).status).toBe(422);
    expect(resultResponse(refuse("not_found", "records.error.notFound")).status).toBe(404);
    expect(resultResponse(refuse("forbidden", "errors.forbidden")).status).toBe(403);
    const conflict = resultResponse(refuse("conflict", "records.error.alreadyHandled"));
    expect(conflict.status).toBe(409);
    expect(await conflict.json()).toEqual(refuse("conflict", "records.error.alreadyHandled"));
  });
});

describe("hostile requests to the JSON record endpoints (issue 13: items 4, 5, 8)", () => {
  it("refuse a request that names no origin at all, as server actions are refused", () => {
    expect(refuseForeign(post({ host: "cz.example", "content-type": "application/json" }))?.status).toBe(403);
  });

  it("refuse a body over the cap before parsing it, whether or not it declares its length", async () => {
    const big = JSON.stringify({ action: "reject", version: 1, reason: "长".repeat(40_000) });
    expect(await readJson(post({ "content-type": "application/json" }, big))).toBe(TOO_LARGE);
    expect(await readJson(post({ "content-type": "application/json", "content-length": "52428800" }, "{}"))).toBe(TOO_LARGE);
    expect(await readJson(post({ "content-type": "application/json" }, JSON.stringify({ reason: "不行" })))).toEqual({ reason: "不行" });
  });
});
