import * as React from "react";
import { cn } from "@/lib/utils";

/**
 * A dense table; the header sticks while the page scrolls (desktop lists can be long). Rows, header
 * cells and cells take their look from the table (app/globals.css), not from classes on each of
 * them: a list of 50 rows has ~450 of them, each sent twice (HTML and RSC payload).
 */
function Table({ className, ...props }: React.ComponentProps<"table">) {
  return (
    <div className="relative w-full overflow-x-auto">
      <table data-slot="table" className={cn("w-full caption-bottom text-sm", className)} {...props} />
    </div>
  );
}

function TableHeader({ className, ...props }: React.ComponentProps<"thead">) {
  return <thead className={cn("sticky top-0 z-10 bg-muted/80 backdrop-blur", className)} {...props} />;
}

function TableBody(props: React.ComponentProps<"tbody">) {
  return <tbody {...props} />;
}

function TableRow(props: React.ComponentProps<"tr">) {
  return <tr {...props} />;
}

function TableHead(props: React.ComponentProps<"th">) {
  return <th {...props} />;
}

function TableCell(props: React.ComponentProps<"td">) {
  return <td {...props} />;
}

export { Table, TableHeader, TableBody, TableHead, TableRow, TableCell };
