/** Calm neutrals with the union's red as the one accent (matches --primary). */
export const CHART_COLORS = ["#c8372d", "#64748b", "#94a3b8", "#d9a05b", "#cbd5e1"];
