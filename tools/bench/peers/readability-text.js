#!/usr/bin/env node
// readability-text.js - Readability.js (Mozilla's, the peer #14 names) on
// one saved page: prints {"body": TEXT} as `galley clean --format=json`
// does, so tools/bench/clean-quality scores both the same way.
// Needs `npm ci --prefix tools/bench/peers` (jsdom, @mozilla/readability).
"use strict";
const fs = require("fs");
const { JSDOM, VirtualConsole } = require("jsdom");
const { Readability } = require("@mozilla/readability");

// Block ends become line breaks: textContent alone would glue the last
// word of one paragraph to the first of the next.
const BLOCK = /<\/?(p|div|br|li|ul|ol|h[1-6]|tr|table|section|article|blockquote|pre|dd|dt|figure|header|footer)\b[^>]*>/gi;

function text_of(html) {
  const dom = new JSDOM(html.replace(BLOCK, "\n$&"));
  return dom.window.document.body.textContent
    .split("\n").map((l) => l.replace(/\s+/g, " ").trim())
    .filter((l) => l).join("\n");
}

// Bytes that are valid UTF-8 are given as text: jsdom, as the HTML
// standard says, takes a page that declares no charset for
// windows-1252, and a browser-saved UTF-8 page would come out as
// mojibake that no user of Readability.js sees.  Other bytes are
// left to jsdom's own sniffing.
const bytes = fs.readFileSync(process.argv[2]);
let page = bytes;
try {
  page = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
} catch (e) {
  page = bytes;
}
const vc = new VirtualConsole(); // the page's own CSS errors are noise
const dom = new JSDOM(page, { virtualConsole: vc });
let body = "";
try {
  const art = new Readability(dom.window.document).parse();
  if (art && art.content) body = text_of(art.content);
} catch (e) {
  body = "";
}
process.stdout.write(JSON.stringify({ body: body }) + "\n");
