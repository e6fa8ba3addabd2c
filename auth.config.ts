import type { NextAuthConfig } from "next-auth";

/**
 * The edge-safe half of the Auth.js config, shared by proxy.ts. It only decides whether a visitor
 * has a session cookie at all: authorization happens in lib/ on every request.
 */
export const authConfig = {
  trustHost: true,
  pages: { signIn: "/login" },
  session: { strategy: "jwt", maxAge: 12 * 60 * 60 },
  providers: [],
  callbacks: {
    authorized({ auth, request }) {
      if (request.nextUrl.pathname === "/login") return true;
      return Boolean(auth?.user);
    },
  },
} satisfies NextAuthConfig;
