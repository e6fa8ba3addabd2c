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

/**
 * A page wrapped whole in `<AreaMessages>`: for an area whose forms fill some pages while its list page has
 * few (a layout would send the area's messages with the list page too).
 */
export function withAreaMessages<P extends object>(areas: readonly MessageArea[], Page: (props: P) => Promise<React.ReactNode>) {
  function PageWithAreaMessages(props: P) {
    return (
      <AreaMessages areas={areas}>
        <Page {...props} />
      </AreaMessages>
    );
  }
  return PageWithAreaMessages;
}
