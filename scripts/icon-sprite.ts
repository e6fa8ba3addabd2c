/** npm run icons: writes public/icons/lucide.svg, the sprite components/icons.tsx draws from (lib/icons/sprite.ts). */
import fs from "node:fs";
import { buildSprite, SPRITE_FILE } from "../lib/icons/sprite";

fs.writeFileSync(SPRITE_FILE, buildSprite());
console.log(`wrote ${SPRITE_FILE}`);
