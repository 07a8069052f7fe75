import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { authorLinks, isAuthorLink } from './links';

describe('author profile links', () => {
  it('takes https addresses on the service’s own hosts', () => {
    assert.equal(isAuthorLink('linkedinUrl', 'https://www.linkedin.com/in/line-vestergaard'), true);
    assert.equal(isAuthorLink('linkedinUrl', 'https://dk.linkedin.com/in/line'), true);
    assert.equal(isAuthorLink('xUrl', 'https://x.com/linevest'), true);
    assert.equal(isAuthorLink('xUrl', 'https://twitter.com/linevest'), true);
    assert.equal(isAuthorLink('mastodonUrl', 'https://mastodon.social/@linevest'), true);
  });

  it('refuses plain http, other hosts, look-alikes and bare hosts', () => {
    assert.equal(isAuthorLink('linkedinUrl', 'http://www.linkedin.com/in/line'), false);
    assert.equal(isAuthorLink('linkedinUrl', 'https://linkedin.com.evil.example/in/line'), false);
    assert.equal(isAuthorLink('xUrl', 'https://x.com/'), false);
    assert.equal(isAuthorLink('xUrl', 'javascript:alert(1)'), false);
    assert.equal(isAuthorLink('mastodonUrl', 'https://mastodon.social/users'), false);
    assert.equal(isAuthorLink('mastodonUrl', 'not a url'), false);
  });

  it('lists the filled-in profiles in a fixed order', () => {
    assert.deepEqual(authorLinks({ linkedinUrl: null, xUrl: 'https://x.com/a', mastodonUrl: 'https://m.dk/@a' }), [
      { key: 'xUrl', url: 'https://x.com/a' },
      { key: 'mastodonUrl', url: 'https://m.dk/@a' },
    ]);
  });
});
