import type * as Sarif from 'sarif';
import { fingerprintOf, type FindingSeverity } from '../findings.js';
import { packageJson, ruleUrl } from '../meta.js';
import { rules } from '../rules/index.js';
import { ruleHelp } from './rule-help.js';
import type { Reporter } from './types.js';

/** The key etat's fingerprints go under in `partialFingerprints`: versioned, as SARIF asks. */
export const FINGERPRINT_KEY = 'etatFindingHash/v1';

/**
 * SARIF 2.1.0, for GitHub code scanning and other static-analysis viewers:
 * every rule with its page as help, and every finding with a location
 * relative to the top of the repository and a fingerprint that survives
 * lines moving.
 */
export const sarif: Reporter = (result, options) => {
  const path = options.repositoryPath ?? ((file: string) => file);
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const descriptors: Sarif.ReportingDescriptor[] = rules.map((rule) => {
    const help = ruleHelp(rule.id);
    return {
      id: rule.id,
      name: ruleName(rule.id),
      shortDescription: { text: rule.words[options.lang].description },
      fullDescription: { text: rule.docs.rationale },
      ...(help && { help: { text: help.text, markdown: help.markdown } }),
      helpUri: ruleUrl(rule.id),
      defaultConfiguration: { level: level(rule.defaultSeverity) },
      properties: { tags: [rule.id.split('/')[0]!] },
    };
  });
  const location = (file: string, region: Sarif.Region): Sarif.Location => ({
    physicalLocation: { artifactLocation: { uri: fileUri(path(file)), uriBaseId: '%SRCROOT%' }, region },
  });
  const results: Sarif.Result[] = result.findings.map((finding) => ({
    ruleId: finding.ruleId,
    ...(ruleIndex.has(finding.ruleId) && { ruleIndex: ruleIndex.get(finding.ruleId) }),
    level: level(finding.severity),
    message: { text: `${finding.reason} ${finding.hint}` },
    locations: [
      location(finding.file, { startLine: finding.line, startColumn: finding.column, endLine: finding.endLine, endColumn: finding.endColumn }),
    ],
    ...(finding.cause && { relatedLocations: [{ id: 1, ...location(finding.cause.file, { startLine: finding.cause.line, startColumn: finding.cause.column }) }] }),
    partialFingerprints: { [FINGERPRINT_KEY]: fingerprintOf(finding) },
  }));
  const log: Sarif.Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'etat',
            version: packageJson().version,
            semanticVersion: packageJson().version,
            informationUri: packageJson().homepage,
            rules: descriptors,
          },
        },
        // Columns count UTF-16 code units, as JavaScript strings (and vfile-location) do.
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
};

function level(severity: FindingSeverity): Sarif.ReportingConfiguration.level {
  return severity === 'error' ? 'error' : severity === 'warn' ? 'warning' : 'note';
}

/** `agenda/purpose-missing` → `AgendaPurposeMissing`: SARIF wants a name that is an identifier. */
function ruleName(id: string): string {
  return id
    .split(/[/-]/)
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join('');
}

/** A repository path as a relative URI reference: each segment percent-encoded (spaces, `#`, `æøå`). */
export function fileUri(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}
