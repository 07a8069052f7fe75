import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { describe, it } from 'node:test';

import { newsroomPolicy, publicPolicy } from '@/domain/security-policy';

type Policy = {
  inlineScriptHashes: (html: string) => { hashes: string[]; refused: number };
  wantsHashes: (policy: unknown) => boolean;
  withScriptHashes: (policy: string, hashes: string[]) => string;
  fromTrustedProxy: (peer: string, trusted: string | undefined) => boolean;
  servedOverHttps: (facts: { siteUrl?: string; peerIsTrusted: boolean; forwardedProto?: string }) => boolean;
};
const policy = createRequire(import.meta.url)('./policy.cjs') as Policy;

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const BOOTSTRAP = '(self.__next_f=self.__next_f||[]).push([0])';
const PAYLOAD = 'self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n2:I[5,[],\\"Nav\\"]\\u003c/p\\u003e"])';
const TURBOPACK =
  '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":["static/chunks/a1.js"],"runtimeModuleIds":[123]});';

describe('public pages: hashes of the framework’s inline scripts', () => {
  it('hashes Next’s and Turbopack’s inline scripts, not script files or JSON-LD', () => {
    const html =
      `<script type="application/ld+json">{"@type":"WebSite"}</script><script src="/_next/static/a.js" async></script>` +
      `<script id="_R_">${TURBOPACK}</script><script>${BOOTSTRAP}</script><script>${PAYLOAD}</script>`;
    const { hashes, refused } = policy.inlineScriptHashes(html);
    assert.deepEqual(hashes, [hash(TURBOPACK), hash(BOOTSTRAP), hash(PAYLOAD)]);
    assert.equal(refused, 0);
  });

  it('gives an injected script no hash, even one dressed as the framework’s', () => {
    for (const injected of [
      'alert(1)',
      'self.__next_f.push([1,"x"]);alert(1)',
      'self.__next_f.push([1,"x"])\nalert(1)',
      '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":["https://evil.example/x.js"]})',
      '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":["/medier/x.js"]})',
      '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":["static/../../medier/x.js"]})',
    ]) {
      const { hashes, refused } = policy.inlineScriptHashes(`<p>Tekst</p><script>${injected}</script>`);
      assert.deepEqual(hashes, [], injected);
      assert.equal(refused, 1, injected);
    }
  });

  it('replaces the placeholder in script-src with the hashes, or with nothing', () => {
    const base = publicPolicy();
    assert.ok(policy.wantsHashes(base));
    const withHashes = policy.withScriptHashes(base, ["'sha256-AAA='", "'sha256-BBB='"]);
    assert.match(withHashes, /script-src 'self' 'sha256-AAA=' 'sha256-BBB='(;|$)/);
    assert.doesNotMatch(withHashes, /unsafe-inline'?[^;]*;[^;]*script/);
    assert.doesNotMatch(
      withHashes.split(';').find((part) => part.includes('script-src'))!,
      /unsafe-inline/,
    );
    assert.match(policy.withScriptHashes(base, []), /script-src 'self'(;|$)/);
    // The rest of the policy is untouched.
    assert.match(withHashes, /frame-ancestors 'none'/);
    assert.match(withHashes, /style-src 'self' 'unsafe-inline'/);
  });

  it('leaves the newsroom’s nonce policy alone', () => {
    const newsroom = newsroomPolicy('abc123');
    assert.equal(policy.wantsHashes(newsroom), false);
    assert.match(newsroom, /script-src 'nonce-abc123' 'strict-dynamic' 'self'/);
    assert.doesNotMatch(newsroom, /unsafe-inline'[^;]*script|script-src[^;]*unsafe-inline/);
  });
});

describe('forwarding headers and HSTS', () => {
  it('believes forwarding headers only from a listed proxy', () => {
    assert.equal(policy.fromTrustedProxy('10.0.0.2', '10.0.0.1, 10.0.0.2'), true);
    assert.equal(policy.fromTrustedProxy('203.0.113.9', '10.0.0.1'), false);
    assert.equal(policy.fromTrustedProxy('10.0.0.1', undefined), false);
    assert.equal(policy.fromTrustedProxy('', ''), false);
  });

  it('sends HSTS for an https site or a trusted proxy’s https, never for a client’s own claim', () => {
    assert.equal(policy.servedOverHttps({ siteUrl: 'https://spalte.dk', peerIsTrusted: false }), true);
    assert.equal(policy.servedOverHttps({ siteUrl: 'http://localhost:3000', peerIsTrusted: false }), false);
    assert.equal(
      policy.servedOverHttps({ siteUrl: 'http://localhost:3000', peerIsTrusted: true, forwardedProto: 'https' }),
      true,
    );
    assert.equal(
      policy.servedOverHttps({ siteUrl: 'http://localhost:3000', peerIsTrusted: false, forwardedProto: 'https' }),
      false,
    );
  });
});
