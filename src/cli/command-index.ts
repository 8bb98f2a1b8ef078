import type { AnyCommand } from './define.js';

/**
 * Every command, once, in the order `etat --help` lists them, each with the
 * loader of its module. Nothing here is imported before it is needed:
 * `etat --version` loads no command, a normal run loads only the command named
 * (see `run.ts`). It lives beside `commands/`, not in it, so that the start-up
 * test's "nothing under cli/commands/" holds for this file too.
 */
export const COMMANDS: readonly { name: string; load: () => Promise<AnyCommand> }[] = [
  { name: 'check', load: async () => (await import('./commands/check.js')).default },
  { name: 'rules', load: async () => (await import('./commands/rules.js')).default },
  { name: 'schema', load: async () => (await import('./commands/schema.js')).default },
  { name: 'init', load: async () => (await import('./commands/init.js')).default },
  { name: 'agenda new', load: async () => (await import('./commands/agenda-new.js')).default },
  { name: 'agenda send', load: async () => (await import('./commands/agenda-send.js')).default },
  { name: 'agenda ics', load: async () => (await import('./commands/agenda-ics.js')).default },
  { name: 'paper new', load: async () => (await import('./commands/paper-new.js')).default },
  { name: 'minutes new', load: async () => (await import('./commands/minutes-new.js')).default },
  { name: 'minutes approve', load: async () => (await import('./commands/minutes-approve.js')).default },
  { name: 'status', load: async () => (await import('./commands/status.js')).default },
  { name: 'stats', load: async () => (await import('./commands/stats.js')).default },
  { name: 'cases', load: async () => (await import('./commands/cases.js')).default },
  { name: 'case show', load: async () => (await import('./commands/case-show.js')).default },
  { name: 'actions', load: async () => (await import('./commands/actions.js')).default },
  { name: 'calendar', load: async () => (await import('./commands/calendar.js')).default },
  { name: 'decisions diff', load: async () => (await import('./commands/decisions-diff.js')).default },
  // After `decisions diff`, which the first words of `etat decisions diff` must find first.
  { name: 'decisions', load: async () => (await import('./commands/decisions.js')).default },
  { name: 'site build', load: async () => (await import('./commands/site-build.js')).default },
  { name: 'site serve', load: async () => (await import('./commands/site-serve.js')).default },
  { name: 'git setup', load: async () => (await import('./commands/git-setup.js')).default },
  { name: 'git textconv', load: async () => (await import('./commands/git-textconv.js')).default },
  { name: 'ci setup', load: async () => (await import('./commands/ci-setup.js')).default },
  { name: 'hook install', load: async () => (await import('./commands/hook-install.js')).default },
  { name: 'hook uninstall', load: async () => (await import('./commands/hook-uninstall.js')).default },
  { name: 'demo', load: async () => (await import('./commands/demo.js')).default },
];
