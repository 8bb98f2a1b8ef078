import type { SourceFile, YamlPath } from '../../model/source.js';
import { defineRule } from '../define.js';
import { isBlank } from '../util.js';

/** A legal basis names a section: "offl. § 14", "offentleglova § 13 jf. fvl. § 13". */
const NAMES_A_SECTION = /§\s*\d/;

export default defineRule({
  id: 'access/restricted-without-basis',
  defaultSeverity: 'error',
  docs: {
    rationale:
      'Under the Freedom of Information Act (offentleglova) a document is exempt from public access only on a named legal basis (hjemmel), and a published journal shows an exempt item under a public title without the exempt words. `restricted: true`, an empty value or a reason without a section (§) names no basis; a restricted item without `public_title` leaves the website nothing to show in its place.',
    fix: 'Write the legal basis in `restricted:`, e.g. `"offl. § 14"` (internal document) or `"offl. § 13 jf. fvl. § 13"` (duty of confidentiality), and give a restricted item a `public_title` without the exempt words.',
  },
  check(ctx, report) {
    const checkBasis = (file: SourceFile, path: YamlPath, restricted: unknown) => {
      if (restricted === undefined || restricted === false) return;
      if (typeof restricted !== 'string' || !NAMES_A_SECTION.test(restricted)) {
        report({ file, path, messageId: 'basis', data: { value: restricted } });
      }
    };
    for (const meeting of ctx.meetings) {
      for (const item of meeting.agenda?.items ?? []) {
        checkBasis(item.file, [...item.path, 'restricted'], item.restricted);
        if (item.restricted !== undefined && item.restricted !== false && isBlank(item.publicTitle)) {
          report({ file: item.file, path: [...item.path, 'restricted'], target: 'key', messageId: 'publicTitle', data: { id: item.id ?? '?' } });
        }
        for (const paper of item.papers) {
          // The paper's path node is `…papers[i].path`; its `restricted` is beside it.
          if (paper.restricted !== undefined) checkBasis(paper.file, [...paper.path.slice(0, -1), 'restricted'], paper.restricted);
        }
      }
    }
  },
});
