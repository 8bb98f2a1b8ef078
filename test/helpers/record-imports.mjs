// Loaded with `node --import`: registers resolve hooks that print every module URL
// the process loads to stderr, so a test can see what a command imports.
import { register } from 'node:module';

register(
  'data:text/javascript,' +
    encodeURIComponent(
      "export async function resolve(specifier, context, next) { const result = await next(specifier, context); process.stderr.write('IMPORT ' + result.url + '\\n'); return result; }",
    ),
);
