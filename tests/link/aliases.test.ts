import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { loadAliases } from '../../src/link/aliases.ts';

test('should map common abbreviations to one name without a user file', () => {
  const aliases = loadAliases(null);
  assert.equal(aliases.canonical('U.S.'), 'United States');
  assert.equal(aliases.canonical('USA'), 'United States');
  assert.equal(aliases.canonical('united states of america'), 'United States');
  assert.equal(aliases.canonical('Britain'), 'United Kingdom');
  assert.equal(aliases.canonical('U.N.'), 'United Nations');
  assert.equal(aliases.canonical('EU'), 'European Union');
  assert.equal(aliases.canonical('John Kirby'), 'John Kirby');
});

test('should match a built-in acronym only when written in capitals', () => {
  const aliases = loadAliases(null);
  assert.equal(aliases.canonical('US'), 'United States');
  assert.equal(aliases.canonical('us'), 'us');
  assert.equal(aliases.canonical('Who'), 'Who');
  assert.equal(aliases.canonical('WHO'), 'World Health Organization');
});

test('should not rename a person into a place that shares the spelling', () => {
  const aliases = loadAliases(null);
  assert.equal(aliases.canonical('America', 'person'), 'America');
  assert.equal(aliases.canonical('America', 'place'), 'United States');
});

test('should read the user file case- and punctuation-insensitively, over the built-ins', () => {
  const aliases = loadAliases('# mine\nVolodymyr Zelenskyy: [Zelensky, Volodymyr Zelensky]\nUnited States: [the States]\nAmerica: Americas\n');
  assert.equal(aliases.canonical('ZELENSKY'), 'Volodymyr Zelenskyy');
  assert.equal(aliases.canonical('volodymyr  zelensky.'), 'Volodymyr Zelenskyy');
  assert.equal(aliases.canonical('The States'), 'United States');
  assert.equal(aliases.canonical('America'), 'America');
  assert.equal(aliases.canonical('Americas'), 'America');
  assert.deepEqual(aliases.problems, []);
});

test('should ignore malformed entries and say why', () => {
  const aliases = loadAliases('Good: [g]\nBad: {a: 1}\n');
  assert.equal(aliases.canonical('g'), 'Good');
  assert.deepEqual(aliases.problems, ['"Bad" must be followed by a list of aliases: ignored']);
  assert.match(loadAliases('a: [b\n').problems[0], /^aliases file is not valid YAML/);
  assert.deepEqual(loadAliases('- a\n- b\n').problems, ['aliases file must map each canonical name to a list of aliases: ignored']);
});

test('should accept the default alias file shipped in content/', () => {
  const text = readFileSync(new URL('../../content/aliases.yml', import.meta.url), 'utf8');
  const aliases = loadAliases(text);
  assert.deepEqual(aliases.problems, []);
  assert.equal(aliases.canonical('U.K.'), 'United Kingdom');
});
