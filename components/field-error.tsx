"use client";

import { useTranslations } from "next-intl";

/** Shows a form field's first validation message. Messages are i18n keys, "key|n" carrying one number. */
export function FieldError({ errors, id }: { errors?: string[]; id?: string }) {
  const t = useTranslations();
  if (!errors?.length) return null;
  const [key, n] = errors[0]!.split("|");
  return (
    <p id={id} className="text-sm text-destructive" data-slot="field-error">
      {t(key!, { n: n ?? "" })}
    </p>
  );
}
