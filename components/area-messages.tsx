import { getMessages } from "next-intl/server";
import { pickClientMessages, type MessageArea } from "@/lib/i18n/client-messages";
import { AreaMessagesProvider } from "./area-messages-provider";

/**
 * The messages of the areas the client components below belong to (their forms and dialogs), added to
 * those every page has: the root layout sends only the latter, so pages outside an area do not carry
 * its messages, and pages inside carry only the area's, not every page's a second time.
 */
export async function AreaMessages({ areas, children }: { areas: readonly MessageArea[]; children: React.ReactNode }) {
  return <AreaMessagesProvider messages={pickClientMessages(await getMessages(), areas)}>{children}</AreaMessagesProvider>;
}
