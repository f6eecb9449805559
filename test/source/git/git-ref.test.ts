import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { loadGitAuth, validateGitAuth } from '../../../src/source/git/git-auth.js';
import { DEFAULT_BRANCH, selectRef } from '../../../src/source/git/git-ref.js';
import { formatRevision, parseRevision } from '../../../src/source/git/git-revision.js';
import { parseGitUrl } from '../../../src/source/git/git-url.js';
import { pickSemverTag } from '../../../src/source/git/semver-tag.js';
import { shortMessage } from '../../../src/source/git/git-commit.js';
import { isAllowedSubmoduleUrl } from '../../../src/source/git/submodules.js';

const SHA = '5394cb7f48332b2de7c17dd8b8384bbc84b7e738';

describe('spec.ref precedence, revisions and URLs', () => {
  test('precedence is commit > name > semver > tag > branch', () => {
    const all = { branch: 'b', tag: 't', semver: '1.x', name: 'refs/heads/n', commit: SHA };
    assert.deepEqual(selectRef(all), { kind: 'commit', commit: SHA, branch: 'b' });
    assert.deepEqual(selectRef({ ...all, commit: undefined }), { kind: 'name', name: 'refs/heads/n' });
    assert.deepEqual(selectRef({ branch: 'b', tag: 't', semver: '1.x' }), { kind: 'semver', range: '1.x' });
    assert.deepEqual(selectRef({ branch: 'b', tag: 't' }), { kind: 'tag', tag: 't' });
    assert.deepEqual(selectRef({ branch: 'b' }), { kind: 'branch', branch: 'b' });
  });

  test('no ref means branch master as in Flux; the sandbox can choose main', () => {
    assert.equal(DEFAULT_BRANCH, 'master');
    assert.deepEqual(selectRef(undefined), { kind: 'branch', branch: 'master' });
    assert.deepEqual(selectRef({}, 'main'), { kind: 'branch', branch: 'main' });
  });

  test('revisions read like Flux: main@sha1:<hex>, refs/pull/1/head@sha1:<hex>, sha1:<hex>', () => {
    assert.equal(formatRevision('main', SHA), `main@sha1:${SHA}`);
    assert.equal(formatRevision('feature/x', SHA), `feature/x@sha1:${SHA}`);
    assert.equal(formatRevision(undefined, SHA), `sha1:${SHA}`);
    assert.deepEqual(parseRevision(`refs/pull/420/head@sha1:${SHA}`), { pointer: 'refs/pull/420/head', sha: SHA });
    assert.deepEqual(parseRevision(`sha1:${SHA}`), { sha: SHA });
    assert.deepEqual(parseRevision(`main/${SHA}`), { pointer: 'main', sha: SHA });
  });

  test('semver picks the highest matching tag, skipping non-versions and prereleases unless asked', () => {
    const tags = ['non-semver-tag', 'v0.1.0', '0.2.0', 'v0.2.1', 'v1.0.0-alpha', 'v1.1.0', 'v2.0.0'];
    assert.equal(pickSemverTag(tags, '*'), 'v2.0.0');
    assert.equal(pickSemverTag(tags, '<v0.2.1'), '0.2.0');
    assert.equal(pickSemverTag(tags, '>=1.0.0-0 <1.1.0-0'), 'v1.0.0-alpha');
    assert.equal(pickSemverTag(tags, '>=0.1.0, <1.0.0'), 'v0.2.1');
    assert.equal(pickSemverTag(tags, '>=3.0.0'), undefined);
  });

  test('event subjects are cut to 50 characters like Flux', () => {
    assert.equal(shortMessage({ subject: 'short' }), 'short');
    assert.equal(shortMessage({ subject: 'x'.repeat(60) }), `${'x'.repeat(50)}...`);
  });

  test('URLs: credentials are moved out of the address git sees', () => {
    const u = parseGitUrl('https://user:p%40ss@example.com/org/repo.git');
    assert.deepEqual(u, { url: 'https://example.com/org/repo.git', transport: 'https', username: 'user', password: 'p@ss' });
    assert.deepEqual(parseGitUrl('git@github.com:org/repo.git'), { url: 'git@github.com:org/repo.git', transport: 'ssh', username: 'git' });
    assert.equal(parseGitUrl('ssh://git@host:2222/repo').transport, 'ssh');
    assert.equal(parseGitUrl('file:///srv/repo').transport, 'file');
  });

  test('URLs that could smuggle options or other transports are refused', () => {
    assert.throws(() => parseGitUrl('ext::sh -c touch% /tmp/pwned'), { kind: 'InvalidUrl' });
    assert.throws(() => parseGitUrl('-oProxyCommand=evil:repo'), { kind: 'InvalidUrl' });
    assert.throws(() => parseGitUrl('ssh://-oProxyCommand=evil/repo'), { kind: 'InvalidUrl' });
    assert.throws(() => parseGitUrl('ftp://example.com/repo'), { message: /unsupported scheme 'ftp'/ });
  });

  test('submodule URLs from a remote repository may not be local or ext::', () => {
    assert.equal(isAllowedSubmoduleUrl('../lib.git', 'https'), true);
    assert.equal(isAllowedSubmoduleUrl('https://example.com/lib.git', 'https'), true);
    assert.equal(isAllowedSubmoduleUrl('git@example.com:lib.git', 'ssh'), true);
    assert.equal(isAllowedSubmoduleUrl('file:///etc', 'https'), false);
    assert.equal(isAllowedSubmoduleUrl('/srv/git/lib.git', 'ssh'), false);
    assert.equal(isAllowedSubmoduleUrl('ext::sh -c evil', 'https'), false);
    assert.equal(isAllowedSubmoduleUrl('--upload-pack=evil', 'https'), false);
    assert.equal(isAllowedSubmoduleUrl('file:///srv/lib.git', 'file'), true);
  });

  test('secret keys are mapped from base64 Secret data; bearer and basic exclude each other', () => {
    const b64 = (s: string) => Buffer.from(s).toString('base64');
    const auth = loadGitAuth({ username: b64('u'), password: b64('p'), 'ca.crt': b64('CA'), known_hosts: b64('kh') });
    assert.equal(auth.username, 'u');
    assert.equal(auth.caCert, 'CA');
    assert.equal(auth.knownHosts, 'kh');
    assert.equal(loadGitAuth({ caFile: b64('old') }).caCert, 'old');
    assert.equal(loadGitAuth({ 'ca.crt': new TextEncoder().encode('raw') }).caCert, 'raw');
    assert.throws(() => validateGitAuth(loadGitAuth({ username: b64('u'), bearerToken: b64('t') }), 'https'), { kind: 'InvalidAuth' });
  });
});
