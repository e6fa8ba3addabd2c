import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ROLES } from "@/lib/domain/enums";

/** Every .ts/.tsx file below a folder of the repository. */
function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? sources(p) : /\.tsx?$/.test(e.name) ? [p] : [];
  });
}

describe("permissions.ts's claim", () => {
  it("holds: no page or component compares a role, it asks can() or the view model", () => {
    const roleName = new RegExp(`(role\\s*[!=]==?|case\\s*)\\s*["'](${ROLES.join("|")})["']|["'](${ROLES.join("|")})["']\\s*[!=]==?`);
    const offenders = ["app", "components"].flatMap((dir) =>
      sources(path.join(process.cwd(), dir)).flatMap((file) =>
        fs
          .readFileSync(file, "utf8")
          .split("\n")
          .map((line, i) => [`${path.relative(process.cwd(), file)}:${i + 1}`, line] as const)
          .filter(([, line]) => roleName.test(line) || /\brole\s*[!=]==/.test(line))
          .map(([at, line]) => `${at}: ${line.trim()}`),
      ),
    );
    expect(offenders).toEqual([]);
  });
});
