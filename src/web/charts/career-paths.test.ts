import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { careerPathsSvg } from './career-paths.ts';

describe('career paths graph', () => {
  const svg = careerPathsSvg(
    {
      role: 'ML engineer',
      comesFrom: ['Data scientist', 'Software engineer'],
      leadsTo: ['MLOps engineer', 'AI architect', 'Head of AI'],
    },
    { title: 'Career paths' },
  );

  it('draws the role in the middle with one box per origin and per next role', () => {
    assert.equal([...svg.matchAll(/<g class="node"/g)].length, 5);
    assert.equal([...svg.matchAll(/<g class="node centre"/g)].length, 1);
    assert.match(svg, />ML engineer</);
  });

  it('joins each origin to the role and the role to each next role with an arrow', () => {
    assert.equal([...svg.matchAll(/marker-end="url\(#arrow\)"/g)].length, 5);
  });

  it('is an accessible image', () => {
    assert.match(svg, /role="img" aria-label="Career paths"/);
  });
});
