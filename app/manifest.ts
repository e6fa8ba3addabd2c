import type { MetadataRoute } from "next";
import zh from "@/messages/zh-CN.json";

/**
 * The web app manifest: installed from the browser's menu, the platform opens standalone at "/", which
 * is each role's own home (a leader's team page). Chinese, as the people who install it read it.
 */
export default function manifest(): MetadataRoute.Manifest {
  return {
    id: "/",
    name: `${zh.common.productName} · ${zh.common.productSub}`,
    short_name: zh.common.productName,
    description: zh.common.tagline,
    lang: "zh-CN",
    dir: "ltr",
    start_url: "/",
    scope: "/",
    display: "standalone",
    orientation: "portrait",
    background_color: "#ffffff",
    theme_color: "#ffffff",
    categories: ["productivity", "education"],
    icons: [
      { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
      { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
      { src: "/icons/maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
    ],
  };
}
