import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import { pickClientMessages, type MessageArea } from "@/lib/i18n/client-messages";

/**
 * The client messages of every page plus one area's (its forms and dialogs), for the client components
 * below: the root layout sends only the former, so pages outside the area do not carry the latter.
 */
export async function AreaMessages({ area, children }: { area: MessageArea; children: React.ReactNode }) {
  return <NextIntlClientProvider messages={pickClientMessages(await getMessages(), area)}>{children}</NextIntlClientProvider>;
}
