"use client";

import { useEffect, useRef, useState } from "react";
import { Loader2 } from "@/components/icons";
import { Button } from "@/components/ui/button";

/**
 * The submit button of a GET filter form: the form loads a new page, which takes a moment at county
 * scale, so the tap shows a spinner at once. Back/forward restores the page with the spinner off.
 */
export function GetSubmit({ children, className, variant = "outline" }: { children: React.ReactNode; className?: string; variant?: "outline" | "default" }) {
  const ref = useRef<HTMLButtonElement>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    const form = ref.current?.form;
    if (!form) return;
    const onSubmit = (e: SubmitEvent) => {
      if (!e.defaultPrevented) setBusy(true);
    };
    const onShow = () => setBusy(false);
    form.addEventListener("submit", onSubmit);
    window.addEventListener("pageshow", onShow);
    return () => {
      form.removeEventListener("submit", onSubmit);
      window.removeEventListener("pageshow", onShow);
    };
  }, []);
  return (
    <Button ref={ref} type="submit" variant={variant} className={className} aria-busy={busy || undefined}>
      {busy ? <Loader2 className="animate-spin" /> : null}
      {children}
    </Button>
  );
}
