import { AreaMessages } from "@/components/area-messages";

/** The evaluation forms' and dialogs' messages go with the evaluation pages only. */
export default function EvaluationsLayout({ children }: { children: React.ReactNode }) {
  return <AreaMessages areas={["evaluations"]}>{children}</AreaMessages>;
}
