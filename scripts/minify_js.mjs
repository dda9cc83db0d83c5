// minify_js.mjs FILE...: shrinks the built site's JavaScript in place with terser (Debian's node-terser): Emscripten's
// glue (Emscripten 3.1.6 only strips whitespace without the Closure Compiler, which Debian does not ship) and the
// page's own scripts (their comments stay in web/). Local names mangled and dead code dropped; top-level names kept
// (the scripts call one another through them). Run by scripts/build_web.sh; a file
// already minified by this script (its first line says so) is left as it is.
import fs from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { minify } = require('/usr/share/nodejs/terser/dist/bundle.min.cjs');  // needs NODE_PATH=/usr/share/nodejs
const MARK = '// minified by scripts/minify_js.mjs\n';
for (const file of process.argv.slice(2)) {
  const code = fs.readFileSync(file, 'utf8');
  if (code.startsWith(MARK)) continue;
  const out = await minify(code, { compress: { passes: 2 }, mangle: true, toplevel: false, format: { comments: false } });
  fs.writeFileSync(file, MARK + out.code);
  console.log(`minify_js: ${file} ${code.length} -> ${out.code.length + MARK.length} bytes`);
}
