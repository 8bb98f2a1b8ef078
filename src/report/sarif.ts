import { packageJson, ruleUrl } from '../meta.js';
import { pathToFileURL } from 'node:url';
import { ruleTexts } from '../i18n/rules/index.js';
import { rules } from '../rules/index.js';
import type { Reporter } from './types.js';

/** SARIF 2.1.0, for GitHub code scanning and other static-analysis viewers. */
export const sarif: Reporter = (result, options) => {
  const texts = ruleTexts[options.lang];
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'etat',
            version: packageJson().version,
            informationUri: packageJson().homepage,
            rules: rules.map((rule) => ({
              id: rule.id,
              shortDescription: { text: texts[rule.id]?.description ?? rule.id },
              helpUri: ruleUrl(rule.id),
              defaultConfiguration: { level: rule.defaultSeverity === 'error' ? 'error' : 'warning' },
            })),
          },
        },
        originalUriBaseIds: { ROOT: { uri: pathToFileURL(result.root + '/').href } },
        results: result.findings.map((finding) => ({
          ruleId: finding.ruleId,
          level: finding.severity === 'error' ? 'error' : 'warning',
          message: { text: `${finding.reason} ${finding.hint}` },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: finding.file, uriBaseId: 'ROOT' },
                region: { startLine: finding.line, startColumn: finding.column, endLine: finding.endLine, endColumn: finding.endColumn },
              },
            },
          ],
        })),
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
};
