// Moves this process's clock to ETAT_TEST_NOW (an ISO moment), and keeps it
// running from there: a JavaScript faketime. The test setup loads it in the
// test workers, and `--import` (through NODE_OPTIONS) in every etat process a
// test starts, so that the suite can be run as if it were another year and
// prove that no test depends on the day it runs.
const target = process.env.ETAT_TEST_NOW;
if (target) {
  const RealDate = globalThis.Date;
  const wanted = RealDate.parse(target);
  if (Number.isNaN(wanted)) throw new Error(`ETAT_TEST_NOW is not a moment: ${target}`);
  const offset = wanted - RealDate.now();
  class ShiftedDate extends RealDate {
    constructor(...args) {
      if (args.length === 0) super(RealDate.now() + offset);
      else super(...args);
    }
    static now() {
      return RealDate.now() + offset;
    }
  }
  globalThis.Date = ShiftedDate;
}
