import { AreaMessages } from "@/components/area-messages";

/** The evaluation-year pages' forms and dialogs have their messages here, not on every page. */
export default function Layout({ children }: { children: React.ReactNode }) {
  return <AreaMessages areas={["years"]}>{children}</AreaMessages>;
}
