import type { Reporter } from './types.js';

/** GitHub Actions workflow commands: each finding becomes an annotation on the pull request. */
export const github: Reporter = (result, options) =>
  result.findings
    .map((f) => {
      const command = f.severity === 'error' ? 'error' : 'warning';
      const properties = [
        `file=${escapeProperty(options.displayPath(f.file))}`,
        `line=${f.line}`,
        `col=${f.column}`,
        `endLine=${f.endLine}`,
        `endColumn=${f.endColumn}`,
        `title=${escapeProperty(f.ruleId)}`,
      ].join(',');
      return `::${command} ${properties}::${escapeData(`${f.reason} ${f.hint}`)}\n`;
    })
    .join('');

// As in @actions/core: data escapes %, CR and LF; properties also `:` and `,`.
function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
