/** A record status's badge colour, for the server's badges and the list's client rows alike. */
export const RECORD_STATUS_VARIANT = { draft: "outline", submitted: "warning", approved: "success", rejected: "accent" } as const;
