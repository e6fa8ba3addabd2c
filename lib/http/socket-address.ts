import { randomBytes } from "node:crypto";
import http from "node:http";

/**
 * NOTE: Next (16.4, `next start`) hands route handlers, server actions and Auth.js only the request's
 * headers, and its one use of the socket is `x-forwarded-for ??= socket.remoteAddress`
 * (next/dist/server/base-server.js): a client that sends the header itself keeps its own value, so
 * from the headers alone "the socket said 203.0.113.9" and "the client claimed 203.0.113.9" look alike.
 * So every request the process receives is stamped, as it arrives, with the address of the socket it
 * came on, in a header of our own that overwrites anything the client sent under that name. The
 * stamp carries a per-process secret: a request that arrived before the stamping was installed (while
 * the server was starting) keeps whatever the client wrote there, and that is never believed.
 */
const SOCKET_ADDRESS_HEADER = "x-cz-socket-address";
const STAMP = Symbol.for("cz.socketAddressStamp");
const registry = globalThis as { [STAMP]?: { secret: string } };

/** `::ffff:127.0.0.2` (an IPv4 client on a dual-stack socket) is 127.0.0.2. */
export function normaliseAddress(address: string): string {
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(address);
  return (mapped ? mapped[1]! : address).slice(0, 64);
}

/** Stamps every HTTP request this process serves with its socket address (once per process). */
export function recordSocketAddresses(): void {
  if (registry[STAMP]) return;
  const stamp = { secret: randomBytes(16).toString("hex") };
  registry[STAMP] = stamp;
  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]): boolean {
    if (event === "request") {
      const request = args[0] as http.IncomingMessage;
      request.headers[SOCKET_ADDRESS_HEADER] = `${stamp.secret} ${normaliseAddress(request.socket.remoteAddress ?? "")}`;
    }
    return Reflect.apply(emit, this, [event, ...args]) as boolean;
  } as typeof emit;
}

/** The address of the socket a request came on, or null when the request carries no genuine stamp. */
export function socketAddress(headers: Headers): string | null {
  const stamp = registry[STAMP];
  const value = headers.get(SOCKET_ADDRESS_HEADER);
  if (!stamp || !value?.startsWith(`${stamp.secret} `)) return null;
  return value.slice(stamp.secret.length + 1) || null;
}
