import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clientIp, trustedProxyHops, UNKNOWN_ADDRESS } from "./client-ip";
import { recordSocketAddresses } from "./socket-address";

/** A real HTTP server that answers each request with the address the throttle would key it on. */
let server: http.Server;
let port: number;
let trust = 0;

beforeAll(async () => {
  recordSocketAddresses();
  server = http.createServer((req, res) => {
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers)) if (typeof value === "string") headers.set(name, value);
    res.end(clientIp(headers, trust));
  });
  await new Promise<void>((resolve) => server.listen(0, "0.0.0.0", resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** A request from a loopback source address of our choosing, with any headers a client likes. */
function keyOf(from: string, headers: Record<string, string> = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: "127.0.0.1", port, localAddress: from, headers }, (res) => {
      let body = "";
      res.on("data", (chunk) => (body += chunk));
      res.on("end", () => resolve(body));
    });
    req.on("error", reject);
    req.end();
  });
}

describe("the address a sign-in is throttled under", () => {
  it("is the socket's peer, whatever forwarding headers the client sends", async () => {
    trust = 0;
    expect(await keyOf("127.0.0.2")).toBe("127.0.0.2");
    expect(await keyOf("127.0.0.3")).toBe("127.0.0.3");
    for (const headers of <Record<string, string>[]>[
      { "x-forwarded-for": "203.0.113.9" },
      { "x-forwarded-for": "127.0.0.3, 10.0.0.1" },
      { "x-real-ip": "198.51.100.2" },
      { "x-cz-socket-address": "forged 127.0.0.3" },
    ]) {
      expect(await keyOf("127.0.0.2", headers), JSON.stringify(headers)).toBe("127.0.0.2");
    }
  });

  it("behind TRUST_PROXY proxies, is the entry that many places left of the peer, counted from the right", async () => {
    // One proxy (here: the socket's peer 127.0.0.2) that appends the address it saw to the client's header.
    trust = 1;
    expect(await keyOf("127.0.0.2", { "x-forwarded-for": "203.0.113.9" })).toBe("203.0.113.9");
    expect(await keyOf("127.0.0.2", { "x-forwarded-for": "6.6.6.6, 203.0.113.9" })).toBe("203.0.113.9");
    // A proxy that forwarded nothing: the proxy's own address, never something the client chose.
    expect(await keyOf("127.0.0.2")).toBe("127.0.0.2");
    trust = 2;
    expect(await keyOf("127.0.0.2", { "x-forwarded-for": "6.6.6.6, 203.0.113.9, 10.0.0.5" })).toBe("203.0.113.9");
    expect(await keyOf("127.0.0.2", { "x-forwarded-for": "::ffff:203.0.113.9, 10.0.0.5" })).toBe("203.0.113.9");
  });

  it("is one shared key for a request without a genuine socket stamp", () => {
    expect(clientIp(new Headers({ "x-forwarded-for": "203.0.113.9", "x-cz-socket-address": "guess 203.0.113.9" }), 0)).toBe(UNKNOWN_ADDRESS);
  });

  it("reads TRUST_PROXY as a number of hops, refusing anything else", () => {
    expect(trustedProxyHops(undefined)).toBe(0);
    expect(trustedProxyHops("")).toBe(0);
    expect(trustedProxyHops(" 2 ")).toBe(2);
    for (const bad of ["true", "-1", "1.5", "loopback"]) expect(() => trustedProxyHops(bad), bad).toThrow(/TRUST_PROXY/);
  });
});
