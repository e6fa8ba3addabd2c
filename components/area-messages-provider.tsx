"use client";

import { useMemo } from "react";
import { NextIntlClientProvider, useLocale, useMessages } from "next-intl";
import { mergeMessages } from "@/lib/i18n/client-messages";

/** The messages above plus an area's (components/area-messages.tsx), merged in the browser. */
export function AreaMessagesProvider({ messages, children }: { messages: Parameters<typeof mergeMessages>[1]; children: React.ReactNode }) {
  const locale = useLocale();
  const above = useMessages();
  const merged = useMemo(() => mergeMessages(above as Parameters<typeof mergeMessages>[0], messages), [above, messages]);
  return (
    <NextIntlClientProvider locale={locale} messages={merged}>
      {children}
    </NextIntlClientProvider>
  );
}
