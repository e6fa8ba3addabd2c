"use client";

import { useTranslations } from "next-intl";
import type { Message } from "@/lib/actions/result";

/** Shows a form field's first validation message, in the user's language with its values. */
export function FieldError({ errors, id }: { errors?: Message[]; id?: string }) {
  const t = useTranslations();
  const first = errors?.[0];
  if (!first) return null;
  return (
    <p id={id} className="text-sm text-destructive" data-slot="field-error">
      {t(first.key, first.values)}
    </p>
  );
}
