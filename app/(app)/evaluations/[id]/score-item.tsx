"use client";

import { Link } from "@/components/ui/link";
import { useTranslations } from "next-intl";
import { ExternalLink, ShieldAlert, Sparkles } from "@/components/icons";
import { Badge } from "@/components/ui/badge";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Textarea } from "@/components/ui/textarea";
import { FieldError } from "@/components/field-error";
import { checkScore } from "@/lib/evaluations/engine";
import type { ScoreItemDef } from "@/lib/evaluations/schemas";
import { parseDecimal } from "@/lib/forms/fields";
import { cn } from "@/lib/utils";
import type { FieldErrors, Message } from "@/lib/actions/result";

/** One item of an evaluation form as the page hands it over: the scheme's item, its auto figure, the self-assessment. */
export interface FormItem extends ScoreItemDef {
  indicatorId: string;
  number: string;
  name: string;
  guidance: string;
  evidence: string;
  auto: { metricLabel: string; valueText: string; points: number; noData: boolean; recordsHref: string | null } | null;
  self: { points: number | null; vetoed: boolean; note: string };
}

export interface FormIndicator {
  id: string;
  title: string;
  items: FormItem[];
}

/** Points as shown: at most one decimal. */
export const num = (n: number) => String(Math.round(n * 10) / 10);

/**
 * What is wrong with points as typed (over the item's maximum, negative, more than one decimal),
 * said while typing: the live total counts 9 of 8 as 8, and the user should know that at once.
 */
export function livePointsProblem(item: Pick<FormItem, "maxPoints">, typed: string): Message | null {
  return typed.trim() === "" ? null : checkScore(item.maxPoints, parseDecimal(typed.trim()));
}

function ItemHeading({ item }: { item: FormItem }) {
  const t = useTranslations("evaluations");
  return (
    <div className="min-w-0">
      <div className="flex flex-wrap items-center gap-2">
        <span className="text-sm text-muted-foreground">{item.number}</span>
        <span className="font-medium">{item.name}</span>
        {item.veto ? (
          <Badge variant="accent">
            <ShieldAlert />
            {t("scheme.vetoBadge")}
          </Badge>
        ) : null}
        <span className="ml-auto text-sm text-muted-foreground">{t("form.max", { max: num(item.maxPoints) })}</span>
      </div>
      {item.guidance ? <p className="mt-1 text-sm text-muted-foreground">{item.guidance}</p> : null}
      {item.evidence ? <p className="mt-0.5 text-xs text-muted-foreground">{t("scheme.evidenceLine", { evidence: item.evidence })}</p> : null}
    </div>
  );
}

function AutoLine({ item }: { item: FormItem }) {
  const t = useTranslations("evaluations");
  const tc = useTranslations("common");
  if (!item.auto) return null;
  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-1 rounded-md bg-secondary/60 px-3 py-2 text-sm" data-testid="auto-line">
      <Sparkles className="size-4 text-primary" />
      <span>
        {tc("labelBefore", { label: item.auto.metricLabel })}
        <span className="font-medium">{item.auto.noData ? t("form.noData") : item.auto.valueText}</span>
      </span>
      <span className="font-semibold" data-testid="auto-points">
        {t("points", { value: num(item.auto.points) })}
      </span>
      <span className="text-xs text-muted-foreground">{t("form.autoHint")}</span>
      {item.auto.recordsHref ? (
        <Link href={item.auto.recordsHref} className="ml-auto inline-flex min-h-9 items-center gap-1 text-primary hover:underline">
          {t("form.recordsBehind")}
          <ExternalLink className="size-3.5" />
        </Link>
      ) : null}
    </div>
  );
}

/**
 * One item of the self-assessment ("self": p_/n_/v_ fields) or of the review ("review": r_/rn_/rv_):
 * heading, the auto figure, the points field (manual items; every item with points in a review), the
 * note or reason, and the veto box.
 */
export function ScoreItem({
  item,
  kind,
  value,
  onValue,
  vetoed,
  onVeto,
  errors,
  changed = false,
  children,
}: {
  item: FormItem;
  kind: "self" | "review";
  value: string;
  onValue: (v: string) => void;
  vetoed: boolean;
  onVeto: (v: boolean) => void;
  errors?: FieldErrors;
  /** Review: the points or veto differ from the self-assessment, so a reason is required. */
  changed?: boolean;
  children?: React.ReactNode;
}) {
  const t = useTranslations();
  const review = kind === "review";
  const [p, n, v] = review ? [`r_${item.id}`, `rn_${item.id}`, `rv_${item.id}`] : [`p_${item.id}`, `n_${item.id}`, `v_${item.id}`];
  const scored = item.maxPoints > 0 && (review || !item.auto);
  const live = livePointsProblem(item, value);
  const pointsErrors = live ? [live] : errors?.[p];
  const pointsField = (
    <div className="space-y-1.5" id={`field-${p}`}>
      <Label htmlFor={p}>{t(review ? "evaluations.form.reviewPoints" : "evaluations.form.selfPoints")}</Label>
      <div className="flex items-center gap-2">
        <Input
          id={p}
          name={p}
          inputMode="decimal"
          value={value}
          onChange={(e) => onValue(e.target.value)}
          aria-invalid={Boolean(pointsErrors?.length)}
          aria-describedby={pointsErrors?.length ? `${p}-error` : undefined}
          size="lg"
          fullWidth={false}
          className="w-24"
        />
        <span className="text-sm text-muted-foreground">/ {num(item.maxPoints)}</span>
      </div>
      <FieldError errors={pointsErrors} id={`${p}-error`} />
    </div>
  );
  return (
    <li className={cn("grid gap-3 px-4 py-4", changed && "bg-accent/40")} data-testid="evaluation-item" data-item={item.name}>
      <ItemHeading item={item} />
      {item.auto ? <AutoLine item={item} /> : null}
      {children}
      {review ? (
        <div className="grid gap-3 sm:grid-cols-[10rem_1fr]">
          {scored ? pointsField : <input type="hidden" name={p} value="0" />}
          <div className={cn("space-y-1.5", item.maxPoints === 0 && "sm:col-span-2")} id={`field-${n}`}>
            <Label htmlFor={n}>{changed ? t("evaluations.form.reasonRequired") : t("evaluations.form.reviewNote")}</Label>
            <Input id={n} name={n} maxLength={500} aria-invalid={Boolean(errors?.[n])} placeholder={changed ? t("evaluations.form.reasonPlaceholder") : ""} />
            <FieldError errors={errors?.[n]} />
          </div>
        </div>
      ) : scored ? (
        <div className="grid gap-3 sm:grid-cols-[10rem_1fr]">
          {pointsField}
          <div className="space-y-1.5">
            <Label htmlFor={n}>{t("evaluations.form.note")}</Label>
            <Textarea id={n} name={n} rows={2} defaultValue={item.self.note} maxLength={500} placeholder={t("evaluations.form.notePlaceholder")} />
            <FieldError errors={errors?.[n]} />
          </div>
        </div>
      ) : (
        <div className="space-y-1.5">
          <Label htmlFor={n}>{t("evaluations.form.note")}</Label>
          <Input id={n} name={n} defaultValue={item.self.note} maxLength={500} />
        </div>
      )}
      {item.veto ? (
        <label className="flex min-h-11 items-center gap-3 rounded-md border border-dashed px-3 text-sm">
          <input type="checkbox" name={v} checked={vetoed} onChange={(e) => onVeto(e.target.checked)} className="size-4" />
          {t("evaluations.form.vetoHappened")}
        </label>
      ) : null}
    </li>
  );
}

/** An indicator's items as one card. */
export function IndicatorSection({ indicator, children }: { indicator: FormIndicator; children: React.ReactNode }) {
  return (
    <section className="overflow-hidden rounded-xl border bg-card" aria-label={indicator.title}>
      <h2 className="border-b bg-muted/50 px-4 py-2.5 font-semibold">{indicator.title}</h2>
      <ol className="divide-y">{children}</ol>
    </section>
  );
}
