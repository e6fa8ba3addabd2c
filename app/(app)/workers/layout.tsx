import { AreaMessages } from "@/components/area-messages";

/** The workers pages' forms and dialogs have their messages here, not on every page. */
export default function Layout({ children }: { children: React.ReactNode }) {
  return <AreaMessages areas={["workers"]}>{children}</AreaMessages>;
}
