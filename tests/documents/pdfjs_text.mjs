// The text pdf.js (the viewer of Chrome and Edge) reads from a PDF, a form feed after each page.
// node pdfjs_text.mjs FILE.pdf PATH/TO/pdfjs-dist/legacy/build/pdf.mjs
import { pathToFileURL } from "node:url";

const { getDocument } = await import(pathToFileURL(process.argv[3]).href);
const pdf = await getDocument({ url: process.argv[2], verbosity: 0 }).promise;
let out = "";
for (let n = 1; n <= pdf.numPages; n++) {
  const content = await (await pdf.getPage(n)).getTextContent();
  out += content.items.map((item) => item.str + (item.hasEOL ? "\n" : "")).join("") + "\f";
}
process.stdout.write(out);
