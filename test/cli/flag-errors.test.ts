import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

const fixtures = path.resolve(import.meta.dirname, '..', 'fixtures', 'cli');
const run = (argv: string[]) => runCli(argv, fixtures);

/** A flag mistake: exit 2, nothing on stdout, and exactly these two lines on stderr. */
async function expectFlagError(argv: string[], first: string, help = "Run 'resilint --help' for usage.") {
  const r = await run(argv);
  expect(r.stdout).toBe('');
  expect(r.stderr).toBe(`resilint: ${first}\n${help}\n`);
  expect(r.code).toBe(2);
}

describe('a mistyped flag names the flag and the nearest known one, not Node\'s parser message', () => {
  it.each([
    ['before the paths', ['--formt', 'json', 'clean']],
    ['with its value after =', ['clean', '--formt=json']],
  ])('%s', async (_where, argv) => {
    await expectFlagError(argv, "unknown option '--formt'. Did you mean '--format'?");
  });

  it.each([
    ['--no-colour', '--no-color'],
    ['--exlude', '--exclude'],
    ['--only-file', '--only-files'],
  ])('%s suggests %s', async (typed, known) => {
    await expectFlagError(['clean', typed], `unknown option '${typed}'. Did you mean '${known}'?`);
  });

  it('suggests nothing when no flag is close', async () => {
    await expectFlagError(['clean', '--frobnicate'], "unknown option '--frobnicate'.");
    await expectFlagError(['clean', '-x'], "unknown option '-x'.");
  });

  it('says which command takes a simulate flag given to the lint run', async () => {
    await expectFlagError(['clean', '--base', 'main/'], "unknown option '--base'. It is a flag of 'resilint simulate'.");
  });
});

describe('a flag without its value', () => {
  it.each([
    [['clean', '--format'], "option '--format' needs a value (--format FORMAT)."],
    [['clean', '-f'], "option '-f' needs a value (-f FORMAT)."],
    [['clean', '--include'], "option '--include' needs a value (--include GLOB)."],
  ])('%j', async (argv, first) => {
    await expectFlagError(argv, first);
  });

  it('is named when the next flag would be taken as its value', async () => {
    await expectFlagError(
      ['--output', '--format', 'json', 'clean'],
      "option '--output' needs a value, but '--format' follows it (write --output=--format if that is the value).",
    );
  });

  it('a switch given a value says it takes none', async () => {
    await expectFlagError(['clean', '--color=yes'], "option '--color' takes no value.");
  });
});

describe('subcommands check their own flags the same way and point at their own help', () => {
  it.each([
    [['rules', '--formt', 'json'], "unknown option '--formt'. Did you mean '--format'?", 'rules'],
    [['rules', '--policies'], "option '--policies' needs a value (--policies DIR).", 'rules'],
    [['explain', 'pdb-blocks-drain', '--polices', 'mine/'], "unknown option '--polices'. Did you mean '--policies'?", 'explain'],
    [['test', '--verbose'], "unknown option '--verbose'.", 'test'],
    [['simulate', 'clean', '--scenaro', 'zone-outage'], "unknown option '--scenaro'. Did you mean '--scenario'?", 'simulate'],
    [['simulate', 'clean', '--cluster'], "option '--cluster' needs a value (--cluster FILE).", 'simulate'],
  ])('%j', async (argv, first, command) => {
    await expectFlagError(argv, first, `Run 'resilint ${command} --help' for usage.`);
  });

  // A flag a command does not read would otherwise be accepted and silently do nothing.
  it.each([
    [['rules', '--output', 'rules.txt'], 'rules'],
    [['simulate', 'clean', '--baseline', 'b.json'], 'simulate'],
    [['test', '--policies', 'mine/'], 'test'],
  ])('%j: a flag of another command is unknown here', async (argv, command) => {
    const r = await run(argv);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`^resilint: unknown option '${argv.find((a) => a.startsWith('--'))}'`));
    expect(r.stderr).toContain(`Run 'resilint ${command} --help' for usage.`);
  });

  it('flags after -- are paths, not flags', async () => {
    const r = await run(['--', '--formt']);
    expect(r.stderr).toMatch(/^resilint: No such file, directory or matching glob: --formt\n$/);
  });
});
