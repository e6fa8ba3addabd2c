import "server-only";
import type { CurrentUser } from "@/lib/auth/current-user";
import { getPublication } from "@/lib/titles/queries";
import { countyNameOf } from "./issuer";
import type { FormalDocument } from "./model";
import { publicationDocument, type PublicationDocumentKind } from "./publication";

type Translate = (key: string, values?: Record<string, string | number>) => string;

/**
 * A publication's notice or decision for this user: readable exactly when the publication is (the
 * county's, and below the office only while posted or once named); null otherwise or before naming.
 */
export async function getPublicationDocument(user: CurrentUser, id: string, kind: PublicationDocumentKind, t: Translate, locale: string): Promise<{ document: FormalDocument; year: number; publicationId: string; named: boolean } | null> {
  const detail = await getPublication(user, id);
  if (!detail) return null;
  const document = publicationDocument(detail, kind, t, locale, await countyNameOf(user));
  return document ? { document, year: detail.publication.year, publicationId: detail.publication.id, named: detail.publication.status === "named" } : null;
}
