"use client";

import { Printer } from "@/components/icons";
import { Button } from "@/components/ui/button";

/** Opens the browser's print dialog for the document on the page. */
export function PrintButton({ label }: { label: string }) {
  return (
    <Button type="button" variant="outline" onClick={() => window.print()}>
      <Printer />
      {label}
    </Button>
  );
}
