import { createTranslator } from "next-intl";
import en from "@/messages/en.json";
import zh from "@/messages/zh-CN.json";

/** The app's messages as a plain `t`, for rendering documents in tests as a request would. */
export function translatorFor(locale: "zh-CN" | "en"): (key: string, values?: Record<string, string | number>) => string {
  const t = createTranslator({ locale, messages: locale === "en" ? en : zh, timeZone: "Asia/Shanghai" });
  return (key, values) => t(key as never, values as never);
}
