import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { AsciiXmlEncoder, asciiXmlStream, toAsciiXml } from "./ascii-xml";

/** What an XML parser makes of character references in text (enough to compare with the input). */
const resolveReferences = (xml: string) => xml.replace(/&#x([0-9a-f]+);/g, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)));

const SAMPLE =
  '<?xml version="1.0" encoding="UTF-8"?><sst><si><t>岗位2363号操作工</t></si><si><t xml:space="preserve"> 奶粉车间包装班 😀 </t></si>' +
  '<si><r><rPr><rFont val="宋体"/></rPr><t>Ünïcødé ½</t></r></si><!-- 注释 --><si><t><![CDATA[甲<乙>&丙]]></t></si></sst>';
const EXPECTED =
  '<?xml version="1.0" encoding="UTF-8"?><sst><si><t>&#x5c97;&#x4f4d;2363&#x53f7;&#x64cd;&#x4f5c;&#x5de5;</t></si>' +
  '<si><t xml:space="preserve"> &#x5976;&#x7c89;&#x8f66;&#x95f4;&#x5305;&#x88c5;&#x73ed; &#x1f600; </t></si>' +
  '<si><r><rPr><rFont val="&#x5b8b;&#x4f53;"/></rPr><t>&#xdc;n&#xef;c&#xf8;d&#xe9; &#xbd;</t></r></si><!-- &#x6ce8;&#x91ca; -->' +
  "<si><t>&#x7532;&lt;&#x4e59;&gt;&amp;&#x4e19;</t></si></sst>";

describe("XML re-encoded in ASCII for exceljs's chunk-by-chunk decoding", () => {
  it("writes every character outside ASCII as a reference, and CDATA as the text it stands for", () => {
    const out = toAsciiXml(Buffer.from(SAMPLE, "utf8")).toString("latin1");
    expect(out).toBe(EXPECTED);
    expect(/^[\x00-\x7f]*$/.test(out)).toBe(true);
    const text = SAMPLE.slice(0, SAMPLE.indexOf("<!--"));
    expect(resolveReferences(toAsciiXml(Buffer.from(text)).toString("latin1"))).toBe(text);
  });

  it("gives the same answer wherever the bytes are cut, even inside a character or a marker", () => {
    const bytes = Buffer.from(SAMPLE, "utf8");
    for (let a = 1; a < bytes.length; a++) {
      for (const b of [a + 1, a + 2, a + 3, a + 7, bytes.length]) {
        if (b > bytes.length) continue;
        const encoder = new AsciiXmlEncoder();
        const out = encoder.write(bytes.subarray(0, a)) + encoder.write(bytes.subarray(a, b)) + encoder.write(bytes.subarray(b)) + encoder.end();
        expect(out, `cut at ${a} and ${b}`).toBe(EXPECTED);
      }
    }
  });

  it("streams, one byte at a time if need be, and drops a byte-order mark", async () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SAMPLE, "utf8")]);
    const chunks: Buffer[] = [];
    for await (const chunk of Readable.from(Array.from(bytes, (b) => Buffer.from([b]))).pipe(asciiXmlStream())) chunks.push(chunk as Buffer);
    expect(Buffer.concat(chunks).toString("latin1")).toBe(EXPECTED);
  });

  it("turns bytes that are no UTF-8 into U+FFFD references, for the import to refuse with their row", () => {
    expect(toAsciiXml(Buffer.from([0x3c, 0x74, 0x3e, 0xe5, 0xb2, 0x3c]))).toEqual(Buffer.from("<t>&#xfffd;<"));
  });
});
