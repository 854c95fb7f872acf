import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseRoute, pathFor, queryString, switchLanguage } from './routes.ts';

describe('routes', () => {
  it('reads the language and the page from the path, the state from the query', () => {
    const route = parseRoute('/fr/explorer', '?role=ml-engineer');
    assert.equal(route.lang, 'fr');
    assert.equal(route.page, 'explorer');
    assert.equal(route.query.get('role'), 'ml-engineer');
  });

  it('reads a role guide path and its id', () => {
    const route = parseRoute('/en/roles/data-scientist', '');
    assert.deepEqual([route.lang, route.page, route.param], ['en', 'role', 'data-scientist']);
  });

  it('sends the bare root to the French home page and unknown paths to not-found', () => {
    assert.equal(parseRoute('/', '').page, 'home');
    assert.equal(parseRoute('/', '').lang, 'fr');
    assert.equal(parseRoute('/fr/nowhere', '').page, 'not-found');
    assert.equal(parseRoute('/de/explorer', '').page, 'not-found');
  });

  it('builds canonical links without empty parameters', () => {
    assert.equal(
      pathFor('fr', 'explorer', { query: { role: 'ml-engineer', level: '' } }),
      '/fr/explorer?role=ml-engineer',
    );
    assert.equal(pathFor('en', 'role', { param: 'data-analyst' }), '/en/roles/data-analyst');
    assert.equal(pathFor('en', 'home'), '/en/');
    assert.equal(queryString({ a: undefined, b: 0 }), '?b=0');
  });

  it('switches language on the same page with the same state', () => {
    assert.equal(switchLanguage('/fr/explorer', '?role=x', 'en'), '/en/explorer?role=x');
    assert.equal(switchLanguage('/fr/', '', 'en'), '/en/');
    assert.equal(switchLanguage('/', '', 'en'), '/en/');
  });
});
