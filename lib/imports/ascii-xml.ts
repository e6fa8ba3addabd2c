import { Transform } from "node:stream";

/**
 * NOTE: exceljs's streaming reader decodes every chunk of a zip entry on its own
 * (exceljs/lib/utils/parse-sax.js → browser-buffer-decode.js: `TextDecoder.decode(chunk)` without
 * `{ stream: true }`), so a character whose UTF-8 bytes straddle a chunk border comes out as U+FFFD
 * — 岗位 as 岗��, silently. The chunk borders fall wherever inflating puts them. So we hand it XML
 * with no multibyte characters at all: each part is decoded here as one stream, and every character
 * outside ASCII is written as a character reference (岗 → &#x5c97;), which the XML parser turns back
 * into the same character. A chunk border can then only fall between one-byte characters.
 *
 * Character references mean nothing inside CDATA sections, so those are tracked and written as the
 * escaped text they stand for (which exceljs, listening for text only, would otherwise drop).
 * Invalid UTF-8 becomes U+FFFD, which the import refuses with its row and column.
 */
export class AsciiXmlEncoder {
  private readonly decoder = new TextDecoder("utf-8");
  private section: Section = TEXT;
  /** The end of the text seen so far that could be the start of the next marker. */
  private carry = "";

  /** The ASCII form of the next bytes (a character cut off at their end comes with the next call). */
  write(bytes: Uint8Array): string {
    return this.encode(this.decoder.decode(bytes, { stream: true }), false);
  }

  /** The rest, once the bytes have ended. */
  end(): string {
    return this.encode(this.decoder.decode(), true);
  }

  private encode(text: string, final: boolean): string {
    let rest = this.carry + text;
    this.carry = "";
    let out = "";
    for (;;) {
      const next = nextMarker(rest, this.section);
      if (!next) {
        const keep = final ? 0 : partialMarkerLength(rest, this.section);
        out += this.section.escape(rest.slice(0, rest.length - keep));
        this.carry = rest.slice(rest.length - keep);
        return out;
      }
      out += this.section.escape(rest.slice(0, next.at)) + next.written;
      rest = rest.slice(next.at + next.marker.length);
      this.section = next.then;
    }
  }
}

/** A whole XML part in the ASCII form exceljs reads safely. */
export function toAsciiXml(bytes: Uint8Array): Buffer {
  const encoder = new AsciiXmlEncoder();
  return Buffer.from(encoder.write(bytes) + encoder.end(), "latin1");
}

/** A stream of XML bytes re-encoded as it passes, in the ASCII form exceljs reads safely. */
export function asciiXmlStream(): Transform {
  const encoder = new AsciiXmlEncoder();
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      done(null, Buffer.from(encoder.write(chunk), "latin1"));
    },
    flush(done) {
      done(null, Buffer.from(encoder.end(), "latin1"));
    },
  });
}

interface Section {
  /** Markers that end this section: what is written for each, and the section it leads to. */
  exits: readonly { marker: string; written: string; then: () => Section }[];
  escape(text: string): string;
}

const NON_ASCII = /[^\x00-\x7f]+/gu;
const references = (run: string) => Array.from(run, (c) => `&#x${c.codePointAt(0)!.toString(16)};`).join("");
const MARKUP = /[<>&]/g;
const ENTITIES: Record<string, string> = { "<": "&lt;", ">": "&gt;", "&": "&amp;" };

const TEXT: Section = {
  exits: [
    { marker: "<![CDATA[", written: "", then: () => CDATA },
    { marker: "<!--", written: "<!--", then: () => COMMENT },
  ],
  escape: (text) => text.replace(NON_ASCII, references),
};
/** Character data written as text: the same characters to the parser, and ASCII. */
const CDATA: Section = {
  exits: [{ marker: "]]>", written: "", then: () => TEXT }],
  escape: (text) => TEXT.escape(text.replace(MARKUP, (c) => ENTITIES[c]!)),
};
/** A comment is never read; it is tracked only so that a CDATA marker inside one is not taken for one. */
const COMMENT: Section = {
  exits: [{ marker: "-->", written: "-->", then: () => TEXT }],
  escape: (text) => TEXT.escape(text),
};

function nextMarker(text: string, section: Section): { at: number; marker: string; written: string; then: Section } | null {
  let best: { at: number; marker: string; written: string; then: Section } | null = null;
  for (const exit of section.exits) {
    const at = text.indexOf(exit.marker);
    if (at !== -1 && (!best || at < best.at)) best = { at, marker: exit.marker, written: exit.written, then: exit.then() };
  }
  return best;
}

/** How many characters at the end of `text` could begin one of the section's markers. */
function partialMarkerLength(text: string, section: Section): number {
  let longest = 0;
  for (const { marker } of section.exits) {
    for (let k = Math.min(marker.length - 1, text.length); k > longest; k--) {
      if (text.endsWith(marker.slice(0, k))) {
        longest = k;
        break;
      }
    }
  }
  return longest;
}
